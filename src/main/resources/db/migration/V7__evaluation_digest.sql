-- A digest of each agency's evaluation rows in a period, so that a publication deletes and inserts
-- only the rows of agencies whose evaluations changed: reading 4,000 digests is cheap, reading or
-- rewriting a national period's 85,000 evaluation rows is not. Kept in step with the evaluation
-- table in the same transaction; an agency without a digest is rewritten.
create table evaluation_digest (
    period      varchar(10) not null,
    agency_code varchar(60) not null,
    digest      varchar(64) not null,
    primary key (period, agency_code)
);
