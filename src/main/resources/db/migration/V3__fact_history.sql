-- Values of earlier versions of a report file, kept when a corrected file is saved under the same
-- name: the new version replaces the file's facts, the old ones move here so the change stays visible.
create table fact_history (
    file_path       varchar(1000) not null,
    sha256          varchar(64)   not null,
    report_date     date,
    modified_at     timestamp     not null,
    replaced_at     timestamp     not null,
    agency_code     varchar(60)   not null,
    period          varchar(10)   not null,
    indicator_code  varchar(30)   not null,
    numerator       decimal(30, 10),
    denominator     decimal(30, 10),
    fact_value      decimal(30, 10) not null,
    note            varchar(4000),
    source_location varchar(400)  not null
);
create index fact_history_by_key on fact_history (period, agency_code, indicator_code);
