//! Keeping progress safe: checks when the database is opened, consistent backups (SQLite's
//! online backup) at most every 30 minutes of use and at exit, their rotation, and recovery from
//! a damaged file.
//!
//! Opening checks the file cheaply every time (SQLite's header, the file's length against the
//! header's page count, reading the schema) and runs the full `PRAGMA integrity_check` after an
//! unclean exit (a write-ahead log left behind), after SQLite reported damage while the store was
//! in use, and at least once a day. A file that fails is
//! set aside, never deleted, and the newest backup that passes the check is restored.

use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::migrate::{self, VERSION};
use super::{Opened, Result, Store, StoreError};

/// Backups are taken at most this often while the app is used.
pub const BACKUP_EVERY: SignedDuration = SignedDuration::from_mins(30);
/// The full integrity check runs at least this often.
pub const CHECK_EVERY: SignedDuration = SignedDuration::from_hours(24);

const LAST_BACKUP: &str = "last_backup_ms";
const LAST_CHECK: &str = "last_integrity_check_ms";
/// Beside the database: damage was seen while it was in use.
const SUSPECT_SUFFIX: &str = ".check";

/// What recovery did when the database could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// What was wrong with the file.
    pub reason: String,
    /// Where the damaged file was moved (it is kept, never deleted).
    pub set_aside: PathBuf,
    /// The backup restored, and when it was taken; `None` when there was no good backup.
    pub restored: Option<(PathBuf, Timestamp)>,
    /// Reviews found in the damaged file after the backup was taken, when it could be read.
    pub lost_reviews: Option<u64>,
}

impl Recovery {
    /// What to tell the learner.
    pub fn message(&self) -> String {
        let mut text = format!(
            "The progress database was damaged ({}). It was set aside as {} and not deleted.",
            self.reason,
            self.set_aside.display()
        );
        match &self.restored {
            Some((_, taken)) => {
                let when = taken.strftime("%Y-%m-%d %H:%M UTC");
                text.push_str(&format!(" Progress was restored from the backup of {when}"));
                match self.lost_reviews {
                    Some(0) => text.push_str("; nothing was lost."),
                    Some(n) => text.push_str(&format!(
                        "; the {n} review{} made after it could not be recovered.",
                        if n == 1 { "" } else { "s" }
                    )),
                    None => text.push_str("; reviews made after it could not be recovered."),
                }
            }
            None => text.push_str(" No good backup was found: progress starts afresh."),
        }
        text
    }
}

/// Why opening failed: the file is damaged (recover), or something else (report).
enum OpenFailure {
    Damaged(String),
    Other(StoreError),
}

pub(super) fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

fn classify(path: &Path) -> impl Fn(rusqlite::Error) -> OpenFailure + '_ {
    move |source| {
        if is_damage(&source) {
            OpenFailure::Damaged(source.to_string())
        } else {
            OpenFailure::Other(StoreError::Sqlite {
                path: path.to_path_buf(),
                source,
            })
        }
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Opens the database, recovering from a damaged one. With `defer_daily`, the routine daily
/// check is left for the caller to run in the background ([`Store::daily_check_due`]); the
/// checks after an unclean exit or reported damage still run before the store is used.
pub(super) fn open_checked(
    path: &Path,
    backups_dir: &Path,
    now: Timestamp,
    defer_daily: bool,
) -> Result<Opened> {
    match try_open(path, backups_dir, now, defer_daily) {
        Ok(store) => Ok(Opened {
            store,
            recovery: None,
        }),
        Err(OpenFailure::Other(e)) => Err(e),
        Err(OpenFailure::Damaged(reason)) => {
            let recovery = recover(path, backups_dir, now, reason)?;
            match try_open(path, backups_dir, now, false) {
                Ok(store) => Ok(Opened {
                    store,
                    recovery: Some(recovery),
                }),
                Err(OpenFailure::Other(e)) => Err(e),
                Err(OpenFailure::Damaged(reason)) => Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source: std::io::Error::other(format!(
                        "still damaged after recovery: {reason}"
                    )),
                }),
            }
        }
    }
}

/// Checks SQLite's 100-byte header: the magic string, and the length the header records
/// against the file's real length (a truncated file is shorter). `Ok(())` for a file that is
/// empty or new.
fn check_header(path: &Path) -> std::result::Result<(), String> {
    let Ok(mut file) = std::fs::File::open(path) else {
        return Ok(()); // missing: SQLite makes it
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len == 0 {
        return Ok(());
    }
    let mut header = [0u8; 100];
    if len < 100 || file.read_exact(&mut header).is_err() {
        return Err(format!("the file is only {len} bytes long"));
    }
    if &header[..16] != b"SQLite format 3\0" {
        return Err("the file is not a SQLite database".to_owned());
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    let change_counter = &header[24..28];
    let valid_for = &header[92..96];
    // With a write-ahead log left behind, pages may still live in the log: SQLite and the full
    // check below judge that case.
    let wal_len = std::fs::metadata(sidecar(path, "-wal")).map_or(0, |m| m.len());
    if change_counter == valid_for && wal_len == 0 && pages * page_size > len {
        return Err(format!(
            "the file is truncated: {len} bytes of {}",
            pages * page_size
        ));
    }
    Ok(())
}

fn try_open(
    path: &Path,
    backups_dir: &Path,
    now: Timestamp,
    defer_daily: bool,
) -> std::result::Result<Store, OpenFailure> {
    check_header(path).map_err(OpenFailure::Damaged)?;
    let unclean = std::fs::metadata(sidecar(path, "-wal")).is_ok_and(|m| m.len() > 0);
    let existed = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
    let bad = classify(path);
    let mut conn = Connection::open(path).map_err(&bad)?;
    conn.busy_timeout(Store::BUSY_TIMEOUT).map_err(&bad)?;
    // WAL: readers never block the writer, and a crash loses at most the transaction being
    // written. synchronous=NORMAL is durable against a process crash (not against power loss).
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
        .map_err(&bad)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(&bad)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(&bad)?;
    // Plans that never depend on bound values. Without this SQLite marks a statement whose plan
    // looked at a parameter (a `LIMIT ?`, an equality it estimated) to be prepared again each
    // time that parameter is bound, and the statement cache clears every binding when a
    // statement is put back: the queue's queries were parsed and planned anew on every use.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)
        .map_err(&bad)?;
    let version = migrate::version(&conn).map_err(&bad)?;
    if version > VERSION {
        return Err(OpenFailure::Other(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: VERSION,
        }));
    }
    // Read the schema and a row of every table: a damaged page in them shows now.
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .map_err(&bad)?;
    if version > 0 && version < VERSION && existed {
        // Keep a copy of the old file before upgrading it.
        let name = format!("factdeck-v{version}-{}.db", stamp(now));
        std::fs::create_dir_all(backups_dir).map_err(|source| {
            OpenFailure::Other(StoreError::Io {
                path: backups_dir.to_path_buf(),
                source,
            })
        })?;
        conn.backup(rusqlite::MAIN_DB, backups_dir.join(name), None::<fn(_)>)
            .map_err(&bad)?;
    }
    migrate::migrate_to(&mut conn, VERSION).map_err(&bad)?;
    let mut store = Store::from_connection(conn, path, backups_dir);
    let last_check = store
        .meta(LAST_CHECK)
        .map_err(failure)?
        .and_then(|v| v.parse::<i64>().ok())
        .and_then(|ms| Timestamp::from_millisecond(ms).ok());
    let due = last_check.is_none_or(|t| now.duration_since(t) >= CHECK_EVERY);
    let marker = sidecar(path, SUSPECT_SUFFIX);
    let suspect = marker.exists();
    let now_checked = unclean || suspect || (due && !defer_daily);
    if now_checked && existed {
        store.integrity_check().map_err(failure)?;
    }
    if suspect {
        let _ = std::fs::remove_file(&marker);
    }
    if due && !now_checked && existed {
        store.daily_check_due = true;
    } else if due {
        store
            .set_meta(LAST_CHECK, &now.as_millisecond().to_string())
            .map_err(failure)?;
    }
    Ok(store)
}

/// A store error met while opening: damage to recover from, or another failure.
fn failure(problem: StoreError) -> OpenFailure {
    match problem {
        StoreError::Sqlite { source, .. } if is_damage(&source) => {
            OpenFailure::Damaged(source.to_string())
        }
        StoreError::BadValue {
            field: "integrity_check",
            value,
            ..
        } => OpenFailure::Damaged(value),
        other => OpenFailure::Other(other),
    }
}

/// Marks a database that reported damage while in use, so that the next open runs the full
/// check (and recovers) whatever the daily schedule says.
pub(super) fn mark_suspect(path: &Path) {
    let _ = std::fs::write(sidecar(path, SUSPECT_SUFFIX), b"");
}

/// A timestamp for file names: `20260310T140000Z`.
fn stamp(t: Timestamp) -> String {
    t.to_zoned(TimeZone::UTC)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn parse_stamp(text: &str) -> Option<Timestamp> {
    let dt = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", text).ok()?;
    dt.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp())
}

/// The backups in a folder (`factdeck-<stamp>.db`), newest first.
pub fn list_backups(backups_dir: &Path) -> Vec<(PathBuf, Timestamp)> {
    let Ok(entries) = std::fs::read_dir(backups_dir) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, Timestamp)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stamp = name.strip_prefix("factdeck-")?.strip_suffix(".db")?;
            // Pre-migration copies are named factdeck-v1-<stamp>.db.
            let stamp = stamp.rsplit('-').next()?;
            Some((e.path(), parse_stamp(stamp)?))
        })
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    found
}

/// Which backups to keep at `now` (`true` at the same index): the newest of each day for a
/// week, of each week for five weeks, of each month for a year; and always the newest one.
pub fn keep(times: &[Timestamp], now: Timestamp) -> Vec<bool> {
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|a, b| times[*b].cmp(&times[*a]));
    let mut kept = vec![false; times.len()];
    let mut buckets = std::collections::HashSet::new();
    for (rank, i) in order.into_iter().enumerate() {
        let age_days = now.duration_since(times[i]).as_secs().max(0) / 86_400;
        let bucket = if age_days < 7 {
            Some((0, age_days))
        } else if age_days < 35 {
            Some((1, age_days / 7))
        } else if age_days < 365 {
            Some((2, age_days / 30))
        } else {
            None
        };
        let first_of_bucket = bucket.is_some_and(|b| buckets.insert(b));
        kept[i] = rank == 0 || first_of_bucket;
    }
    kept
}

/// Opens a backup read-only and runs the full check on it.
fn verify(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))
        .is_ok_and(|s| s == "ok")
}

/// Moves a damaged database aside and puts the newest good backup in its place.
fn recover(path: &Path, backups_dir: &Path, now: Timestamp, reason: String) -> Result<Recovery> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io { path, source }
    };
    let mut set_aside = sidecar(path, &format!(".damaged-{}", stamp(now)));
    let mut n = 1;
    while set_aside.exists() {
        n += 1;
        set_aside = sidecar(path, &format!(".damaged-{}-{n}", stamp(now)));
    }
    std::fs::rename(path, &set_aside).map_err(io(path))?;
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(path, suffix);
        if side.exists() {
            let _ = std::fs::rename(&side, sidecar(&set_aside, suffix));
        }
    }
    let restored = list_backups(backups_dir)
        .into_iter()
        .find(|(backup, _)| verify(backup));
    if let Some((backup, _)) = &restored {
        let partial = sidecar(path, ".restoring");
        std::fs::copy(backup, &partial).map_err(io(&partial))?;
        std::fs::rename(&partial, path).map_err(io(path))?;
    }
    let lost_reviews = restored
        .as_ref()
        .and_then(|(_, taken)| count_reviews_after(&set_aside, *taken));
    Ok(Recovery {
        reason,
        set_aside,
        restored,
        lost_reviews,
    })
}

/// Reviews in a (damaged) file logged after `after`, if the file can still be read that far.
fn count_reviews_after(path: &Path, after: Timestamp) -> Option<u64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row(
        "SELECT count(*) FROM review_log WHERE reviewed_ms > ?1",
        [after.as_millisecond()],
        |r| r.get::<_, i64>(0),
    )
    .ok()
    .and_then(|n| u64::try_from(n).ok())
}

impl Store {
    /// Runs SQLite's full `PRAGMA integrity_check`; an error names what it found.
    pub fn integrity_check(&self) -> Result<()> {
        let mut stmt = self
            .conn()
            .prepare("PRAGMA integrity_check")
            .map_err(self.err())?;
        let problems: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(self.err())?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err())?;
        if problems.len() == 1 && problems[0] == "ok" {
            Ok(())
        } else {
            mark_suspect(self.path());
            Err(StoreError::BadValue {
                path: self.path().to_path_buf(),
                field: "integrity_check",
                value: problems.into_iter().take(3).collect::<Vec<_>>().join("; "),
            })
        }
    }

    /// Whether the last backup is [`BACKUP_EVERY`] old or more (or there is none).
    pub fn backup_due(&self, now: Timestamp) -> Result<bool> {
        let last = self
            .meta(LAST_BACKUP)?
            .and_then(|v| v.parse::<i64>().ok())
            .and_then(|ms| Timestamp::from_millisecond(ms).ok());
        Ok(last.is_none_or(|t| now.duration_since(t) >= BACKUP_EVERY))
    }

    /// Takes a backup if the last one is [`BACKUP_EVERY`] old or more; returns its path.
    pub fn backup_if_due(&mut self, now: Timestamp) -> Result<Option<PathBuf>> {
        if !self.backup_due(now)? {
            return Ok(None);
        }
        self.backup_now(now).map(Some)
    }

    /// Whether the routine daily check was left to run in the background when the store was
    /// opened ([`Store::open_deferring_daily_check`]).
    pub fn daily_check_due(&self) -> bool {
        self.daily_check_due
    }

    /// A second connection to the same database, for long work on another thread (the daily
    /// check, a backup) while this one keeps serving the window. It skips the opening checks
    /// and migrations: this store already did them.
    pub fn second_connection(&self) -> Result<Store> {
        let wrap = |source| StoreError::Sqlite {
            path: self.path().to_path_buf(),
            source,
        };
        let conn = Connection::open_with_flags(
            self.path(),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(wrap)?;
        conn.busy_timeout(Store::BUSY_TIMEOUT).map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        Ok(Store::from_connection(
            conn,
            self.path(),
            self.backups_dir(),
        ))
    }

    /// Runs the routine full check and records when it ran. An error means damage was found:
    /// the file is marked, so the next start restores the newest good backup.
    pub fn run_daily_check(&mut self, now: Timestamp) -> Result<()> {
        self.integrity_check()?;
        self.daily_check_due = false;
        self.set_meta(LAST_CHECK, &now.as_millisecond().to_string())
    }

    /// Checks the database, copies it consistently (SQLite's online backup, safe while other
    /// copies of factdeck write) into the backups folder, and rotates old backups.
    pub fn backup_now(&mut self, now: Timestamp) -> Result<PathBuf> {
        self.integrity_check()?;
        let dir = self.backups_dir().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
            path: dir.clone(),
            source,
        })?;
        let target = dir.join(format!("factdeck-{}.db", stamp(now)));
        let partial = sidecar(&target, ".partial");
        self.conn()
            .backup(rusqlite::MAIN_DB, &partial, None::<fn(_)>)
            .map_err(self.err())?;
        std::fs::rename(&partial, &target).map_err(|source| StoreError::Io {
            path: target.clone(),
            source,
        })?;
        self.set_meta(LAST_BACKUP, &now.as_millisecond().to_string())?;
        let backups = list_backups(&dir);
        let times: Vec<Timestamp> = backups.iter().map(|b| b.1).collect();
        for ((path, _), keep) in backups.iter().zip(keep(&times, now)) {
            if !keep {
                let _ = std::fs::remove_file(path);
            }
        }
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn stamps_round_trip() {
        let t = at("2026-03-10T14:05:09Z");
        assert_eq!(stamp(t), "20260310T140509Z");
        assert_eq!(parse_stamp(&stamp(t)), Some(t));
        assert_eq!(parse_stamp("garbage"), None);
    }

    #[test]
    fn rotation_keeps_daily_then_weekly_then_monthly() {
        let now = at("2026-12-31T12:00:00Z");
        // A backup every 6 hours for 400 days.
        let times: Vec<Timestamp> = (0..1600)
            .map(|i| now - SignedDuration::from_hours(6 * i))
            .collect();
        let kept = keep(&times, now);
        let kept_times: Vec<Timestamp> = times
            .iter()
            .zip(&kept)
            .filter(|(_, k)| **k)
            .map(|(t, _)| *t)
            .collect();
        assert!(kept[0], "the newest is kept");
        let days = |t: &Timestamp| now.duration_since(*t).as_secs() / 86_400;
        assert_eq!(kept_times.iter().filter(|t| days(t) < 7).count(), 7);
        assert_eq!(
            kept_times
                .iter()
                .filter(|t| (7..35).contains(&days(t)))
                .count(),
            4
        );
        let monthly = kept_times.iter().filter(|t| days(t) >= 35).count();
        assert!((10..=12).contains(&monthly), "{monthly}");
        assert!(kept_times.iter().all(|t| days(t) < 365));
        assert!(kept_times.len() <= 24);
    }

    #[test]
    fn header_checks_catch_foreign_and_short_files() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("x.db");
        std::fs::write(&path, b"hello")?;
        assert!(check_header(&path).unwrap_err().contains("5 bytes"));
        std::fs::write(&path, [7u8; 4096])?;
        assert!(check_header(&path).unwrap_err().contains("not a SQLite"));
        std::fs::write(&path, b"")?;
        assert!(check_header(&path).is_ok());
        Ok(())
    }
}
