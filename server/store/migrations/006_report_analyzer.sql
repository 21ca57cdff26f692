-- Which parser/checker produced `parsed` and `findings`: a report stored before the parser or checker existed
-- is analysed again (same content, better reading) the next time it is ingested.
ALTER TABLE reports ADD COLUMN analyzer TEXT NOT NULL DEFAULT '';
