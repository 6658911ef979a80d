-- What reading a file noticed but accepted (places of the file disagreeing on its agency or period),
-- kept with the file like its rejects: a file is read again only when it changes.
create table read_warning (
    file_path       varchar(1000) not null references report_file (path) on delete cascade,
    source_location varchar(1100) not null,
    period          varchar(10)   not null,
    rule_code       varchar(40)   not null,
    message         varchar(4000) not null
);
create index read_warning_by_file on read_warning (file_path);
