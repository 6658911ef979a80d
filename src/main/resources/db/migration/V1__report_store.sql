-- Every report file seen in the reports folder, by path relative to it.
create table report_file (
    path          varchar(1000) not null primary key,
    sha256        varchar(64)   not null,
    size_bytes    bigint        not null,
    modified_at   timestamp     not null,
    layout        varchar(20),
    report_date   date,
    fact_count    integer       not null,
    reject_count  integer       not null,
    parsed_at     timestamp     not null,
    removed_at    timestamp
);

-- Accepted values, each with its provenance.
create table fact (
    file_path       varchar(1000) not null references report_file (path) on delete cascade,
    agency_code     varchar(60)   not null,
    period          varchar(10)   not null,
    indicator_code  varchar(30)   not null,
    numerator       decimal(30, 10),
    denominator     decimal(30, 10),
    fact_value      decimal(30, 10) not null,
    note            varchar(4000),
    source_location varchar(400)  not null
);
create index fact_by_key on fact (period, agency_code, indicator_code);
create index fact_by_file on fact (file_path);

-- Files and rows not accepted.
create table reject (
    file_path       varchar(1000) not null references report_file (path) on delete cascade,
    source_location varchar(400)  not null,
    reason_code     varchar(30)   not null,
    message         varchar(4000) not null
);
create index reject_by_file on reject (file_path);
