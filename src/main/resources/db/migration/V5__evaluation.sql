-- The evaluations of the last publication, one per agency × applicable indicator × period: what
-- the scores and rollups are summed from, in SQL, and what an analyst can query to see how a
-- figure came about. Each publication replaces a period's rows.
-- Decimals carry 20 places: the judge works in 16 significant digits (DECIMAL64), so every value
-- and point from 0.0001 up is stored exactly and the sums equal those of the values themselves.
-- No key or index: every statement reads or rewrites a whole period, and an index cost each insert.
create table evaluation (
    period          varchar(10)     not null,
    agency_code     varchar(60)     not null,
    scope           varchar(10)     not null,
    area_code       varchar(30)     not null,
    indicator_code  varchar(30)     not null,
    status          varchar(10)     not null,
    points          decimal(40, 20) not null,
    possible_points decimal(40, 20) not null,
    fact_value      decimal(40, 20),
    numerator       decimal(40, 20),
    denominator     decimal(40, 20)
);
