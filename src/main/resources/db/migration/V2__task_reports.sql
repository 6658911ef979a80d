-- Task status reports ("Nhiệm vụ" sheets, long task CSVs), each with its provenance.
create table task_report (
    file_path       varchar(1000) not null references report_file (path) on delete cascade,
    agency_code     varchar(60)   not null,
    period          varchar(10)   not null,
    task_code       varchar(30)   not null,
    progress        varchar(20)   not null,
    completed_on    date,
    evidence        varchar(4000),
    source_location varchar(400)  not null
);
create index task_report_by_file on task_report (file_path);
