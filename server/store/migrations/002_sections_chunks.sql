-- Sections as parsed, and the retrieval units (chunks) cut from them: by sub-section / paragraph, ~150–400 chars.
CREATE TABLE sections (
  id        INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  no        INTEGER NOT NULL,
  heading   TEXT NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX sections_report ON sections(report_id);

CREATE TABLE chunks (
  id         INTEGER PRIMARY KEY,
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  section_no INTEGER NOT NULL,       -- 1..6; 0 = title/preface
  aspect     TEXT,                   -- one of the five aspects of 一 (active, request, …) when recognised
  heading    TEXT NOT NULL DEFAULT '',
  text       TEXT NOT NULL,
  position   INTEGER NOT NULL        -- order inside the report
);
CREATE INDEX chunks_report ON chunks(report_id);
CREATE INDEX chunks_section ON chunks(section_no);
