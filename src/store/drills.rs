//! Classroom drills kept after they are played, and their results as the CSV a teacher pastes
//! into a gradebook.

use std::io::{self, Write};

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError};
use crate::deck::CardId;
use crate::drill::{DrillResults, ResultRow, Setup};

/// The CSV's header line.
pub const CSV_HEADER: &str = "question,card,prompt,answer,team,chosen,right,ms,points,review";

impl Store {
    /// Saves a drill's results (one transaction) and returns its row id.
    pub fn save_drill(&mut self, drill: &DrillResults) -> Result<i64> {
        let setup = serde_json::to_string(&drill.setup).unwrap_or_default();
        let teams: Vec<&str> = drill.setup.teams.iter().map(|t| t.name.as_str()).collect();
        let teams = serde_json::to_string(&teams).unwrap_or_default();
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO drills (started_ms, deck, deck_title, setup, teams)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    drill.started_ms,
                    drill.setup.deck,
                    drill.deck_title,
                    setup,
                    teams
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut insert = tx.prepare_cached(
                "INSERT INTO drill_answers (drill, question, card, prompt, answer, team, chosen,
                     chosen_text, correct, ms, points)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            for r in &drill.rows {
                insert.execute(params![
                    id,
                    i64::try_from(r.question).unwrap_or(i64::MAX),
                    r.card.0,
                    r.prompt,
                    r.answer,
                    i64::try_from(r.team).unwrap_or(i64::MAX),
                    r.chosen.and_then(|c| i64::try_from(c).ok()),
                    r.chosen_text,
                    r.right,
                    r.ms.and_then(|ms| i64::try_from(ms).ok()),
                    r.points,
                ])?;
            }
            Ok(id)
        })
    }

    /// The drills kept, newest first; of one deck when `deck` is given.
    pub fn drills(&self, deck: Option<&str>) -> Result<Vec<DrillResults>> {
        let ids: Vec<i64> = self
            .conn()
            .prepare_cached(
                "SELECT id FROM drills WHERE ?1 IS NULL OR deck = ?1
                 ORDER BY started_ms DESC, id DESC",
            )
            .map_err(self.err())?
            .query_map([deck], |r| r.get(0))
            .map_err(self.err())?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err())?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(d) = self.drill(id)? {
                out.push(d);
            }
        }
        Ok(out)
    }

    /// One drill kept, by its row id.
    pub fn drill(&self, id: i64) -> Result<Option<DrillResults>> {
        let head = self
            .conn()
            .prepare_cached("SELECT started_ms, deck_title, setup FROM drills WHERE id = ?1")
            .map_err(self.err())?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .optional()
            .map_err(self.err())?;
        let Some((started_ms, deck_title, setup)) = head else {
            return Ok(None);
        };
        let setup: Setup = serde_json::from_str(&setup).map_err(|_| StoreError::BadValue {
            path: self.path().to_path_buf(),
            field: "drills.setup",
            value: setup.chars().take(80).collect(),
        })?;
        let rows = self
            .conn()
            .prepare_cached(
                "SELECT question, card, prompt, answer, team, chosen, chosen_text, correct, ms,
                     points
                 FROM drill_answers WHERE drill = ?1 ORDER BY question, team",
            )
            .map_err(self.err())?
            .query_map([id], |r| {
                Ok(ResultRow {
                    question: count(r.get(0)?),
                    card: CardId(r.get(1)?),
                    prompt: r.get(2)?,
                    answer: r.get(3)?,
                    team: count(r.get(4)?),
                    chosen: r.get::<_, Option<i64>>(5)?.map(count),
                    chosen_text: r.get(6)?,
                    right: r.get(7)?,
                    ms: r
                        .get::<_, Option<i64>>(8)?
                        .map(|ms| u64::try_from(ms).unwrap_or(0)),
                    points: u32::try_from(r.get::<_, i64>(9)?).unwrap_or(0),
                })
            })
            .map_err(self.err())?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())?;
        Ok(Some(DrillResults {
            id: Some(id),
            started_ms,
            deck_title,
            setup,
            rows,
        }))
    }
}

fn count(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}

/// Writes a drill's results as CSV (RFC 4180, CRLF line ends): the header [`CSV_HEADER`],
/// one line per team per question (question numbered from 1; `chosen` as shown, `B: text`,
/// empty without an answer; `right` yes/no; `ms` from the question's opening to the answer;
/// `review` yes on every line of a question the class got wrong), then one `total` line per
/// team with its right answers in `right` and its points.
pub fn export_drill_csv(drill: &DrillResults, out: &mut dyn Write) -> io::Result<()> {
    let review = drill.to_review();
    write!(out, "{CSV_HEADER}\r\n")?;
    for r in &drill.rows {
        let fields = [
            (r.question + 1).to_string(),
            r.card.0.clone(),
            r.prompt.clone(),
            r.answer.clone(),
            drill.team_name(r.team),
            r.chosen_label(),
            yes_no(r.right).to_owned(),
            r.ms.map(|ms| ms.to_string()).unwrap_or_default(),
            r.points.to_string(),
            yes_no(review.contains(&r.question)).to_owned(),
        ];
        write_record(out, &fields)?;
    }
    for t in drill.totals() {
        let fields = [
            "total".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            drill.team_name(t.team),
            String::new(),
            t.right.to_string(),
            String::new(),
            t.points.to_string(),
            String::new(),
        ];
        write_record(out, &fields)?;
    }
    out.flush()
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn write_record(out: &mut dyn Write, fields: &[String]) -> io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| quote(f)).collect();
    write!(out, "{}\r\n", line.join(","))
}

/// A CSV field, quoted when it holds a comma, quote, line break or leading/trailing space.
/// A field a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) is also quoted,
/// with a leading apostrophe, so a card's text cannot run as one.
fn quote(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) && field.parse::<f64>().is_err() {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ') {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_rfc_4180_asks() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(quote("-5"), "-5");
        assert_eq!(quote(""), "");
    }

    fn played() -> DrillResults {
        use crate::drill::{Drill, DrillFormat, DrillQuestion, Event, Setup, Team};
        let q = |n: usize, correct: usize, prompt: &str| DrillQuestion {
            card: CardId(format!("c{n}")),
            format: DrillFormat::MultipleChoice,
            prompt: prompt.into(),
            options: vec!["Liver".into(), "Lungs, left".into(), "Heart".into()],
            correct,
            answer: String::new(),
            source: String::new(),
        };
        let setup = Setup {
            seconds_per_question: Some(10),
            teams: vec![
                Team {
                    name: "Red".into(),
                    colour: 0,
                },
                Team {
                    name: "Blue \"B\"".into(),
                    colour: 1,
                },
            ],
            leaderboard: false,
            ..Setup::new("organs")
        };
        let mut d = Drill::new(
            setup,
            vec![
                q(0, 0, "Which organ, mostly?"),
                q(1, 2, "Which pumps blood?"),
            ],
        );
        let t = 1_000_000;
        d.apply(Event::Start, t);
        d.apply(Event::Award(0), t + 2_000);
        d.apply(Event::Choose { team: 1, option: 1 }, t + 3_000);
        d.apply(Event::Reveal, t + 4_000);
        d.apply(Event::Next, t + 4_000);
        d.apply(Event::Choose { team: 0, option: 0 }, t + 5_000);
        d.apply(Event::Reveal, t + 6_000);
        d.apply(Event::Next, t + 6_000);
        d.results(t, "Organs")
    }

    #[test]
    fn a_drill_is_saved_read_back_and_exported() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|source| StoreError::Io {
            path: "temp".into(),
            source,
        })?;
        let now: jiff::Timestamp = "2026-03-10T09:00:00Z".parse().unwrap();
        let mut store = Store::open(dir.path(), now)?.store;
        let results = played();
        let id = store.save_drill(&results)?;
        let back = store.drill(id)?.unwrap();
        assert_eq!(
            back,
            DrillResults {
                id: Some(id),
                ..results.clone()
            }
        );
        assert_eq!(store.drills(Some("organs"))?, vec![back.clone()]);
        assert_eq!(store.drills(None)?.len(), 1);
        assert!(store.drills(Some("other"))?.is_empty());
        assert_eq!(store.drill(id + 1)?, None);

        let mut csv = Vec::new();
        export_drill_csv(&back, &mut csv).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(
            lines,
            [
                CSV_HEADER,
                "1,c0,\"Which organ, mostly?\",Liver,Red,A: Liver,yes,2000,900,no",
                "1,c0,\"Which organ, mostly?\",Liver,\"Blue \"\"B\"\"\",\"B: Lungs, left\",no,3000,0,no",
                "2,c1,Which pumps blood?,Heart,Red,A: Liver,no,1000,0,yes",
                "2,c1,Which pumps blood?,Heart,\"Blue \"\"B\"\"\",,no,,0,yes",
                "total,,,,Red,,1,,900,",
                "total,,,,\"Blue \"\"B\"\"\",,0,,0,",
            ]
        );
        Ok(())
    }
}
