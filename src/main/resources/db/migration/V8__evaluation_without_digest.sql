-- A period's evaluations and their digests are written together since V7; the evaluations a
-- database of before kept without digests are dropped (every publication scores its periods again),
-- so that the periods held can be read from the digests alone, a few rows per agency.
delete from evaluation where period not in (select period from evaluation_digest);
