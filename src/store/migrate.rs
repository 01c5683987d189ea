//! The schema and its versioned migrations: the `.sql` files in `migrations/`, applied in order,
//! each in its own transaction, with `PRAGMA user_version` recording how far a file has come. An
//! older file is upgraded in place when opened (after a backup of it is taken).

use rusqlite::Connection;

/// The migrations, in order: version reached and the SQL that reaches it.
pub const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("migrations/001_initial.sql")),
    (2, include_str!("migrations/002_settings.sql")),
    (3, include_str!("migrations/003_bury.sql")),
    (4, include_str!("migrations/004_drills.sql")),
    (5, include_str!("migrations/005_review_totals.sql")),
];

/// The schema version this build writes.
pub const VERSION: i64 = 5;

/// The file's schema version (0 for a new, empty file).
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies the migrations after `from` up to `to` (each in one transaction).
pub fn migrate_to(conn: &mut Connection, to: i64) -> rusqlite::Result<()> {
    let from = version(conn)?;
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > from && *v <= to) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_up_to_the_version() {
        for (i, (v, _)) in MIGRATIONS.iter().enumerate() {
            assert_eq!(*v, i as i64 + 1);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.0), Some(VERSION));
    }

    #[test]
    fn a_fresh_file_gets_every_table() -> rusqlite::Result<()> {
        let mut conn = Connection::open_in_memory()?;
        migrate_to(&mut conn, VERSION)?;
        assert_eq!(version(&conn)?, VERSION);
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        assert_eq!(
            tables,
            [
                "cards",
                "deck_settings",
                "decks",
                "drill_answers",
                "drills",
                "learner_decks",
                "learners",
                "meta",
                "progress",
                "review_log",
                "review_totals"
            ]
        );
        Ok(())
    }
}
