-- The current facts are now settled in Java from a plain scan of the present files' facts; no query
-- looks facts up by agency × period × indicator any more, and the index cost every stored fact.
drop index fact_by_key;
