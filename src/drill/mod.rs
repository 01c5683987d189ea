//! A classroom drill: a teacher runs questions on a projector for a class in teams, from one
//! computer. This is the drill's logic as a pure state machine: the window sends it
//! [`Event`]s with the time (`now_ms`, milliseconds since the epoch) and draws what it says.
//! It reads no clock and knows no window, so tests drive it with a fake clock.
//!
//! Flow: [`Phase::Lobby`] --Start--> [`Phase::Open`] (a question with its countdown) --Reveal or
//! time out--> [`Phase::Revealed`] --Next--> [`Phase::Leaderboard`] (when switched on)
//! --Next--> the next question ... --> [`Phase::Podium`]. Pause and Resume stop and restart
//! the countdown; End asks for a confirmation, then goes to the podium with the questions
//! revealed so far.
//!
//! With "teams answer in turn" ([`Setup::turns`]) question 1 is the first team's, question 2
//! the second's, and so on: only that team answers and is scored.
//!
//! Scoring (like Kahoot): a right answer earns 500 to 1000 points, linear on the time left
//! when the team answered (1000 at once, 500 at the last moment; 1000 without a timer), plus
//! a streak bonus of 100 for each right answer in a row after the first, at most
//! [`STREAK_BONUS_CAP`]. A wrong answer or none earns nothing and ends the streak.

pub mod questions;
pub mod results;

use serde::{Deserialize, Serialize};

use crate::deck::CardId;

pub use results::{DrillResults, ResultRow};

/// Points for a right answer given at the last moment.
pub const MIN_POINTS: u32 = 500;
/// Points for a right answer given at once (or any right answer without a timer).
pub const MAX_POINTS: u32 = 1000;
/// Bonus per right answer in a row after the first.
pub const STREAK_BONUS: u32 = 100;
/// The largest streak bonus of one answer.
pub const STREAK_BONUS_CAP: u32 = 500;
/// The most teams a drill takes (keys 1-8).
pub const MAX_TEAMS: usize = 8;
/// The most options a question shows (tiles A-D).
pub const MAX_OPTIONS: usize = 4;
/// Seconds per question unless the teacher chooses otherwise.
pub const DEFAULT_SECONDS: u32 = 20;

/// The question formats a drill uses (a drill has no typed answers: the class answers aloud
/// or by a show of cards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DrillFormat {
    /// Up to four options, one right.
    MultipleChoice,
    /// A statement, true or false.
    TrueFalse,
}

/// A team (or a player): its name and its colour, an index into the window's palette.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// Shown on the scores and the podium.
    pub name: String,
    /// Index into the palette of team colours.
    pub colour: usize,
}

/// How the teacher set the drill up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Setup {
    /// The deck's id.
    pub deck: String,
    /// How many questions (fewer when the deck has fewer cards).
    pub question_count: usize,
    /// The formats to mix (at least one).
    pub formats: Vec<DrillFormat>,
    /// Seconds per question; `None`: no timer.
    pub seconds_per_question: Option<u32>,
    /// One team (individual play) or 2-8 teams.
    pub teams: Vec<Team>,
    /// The same seed gives the same questions in the same order with the same option order.
    pub seed: u64,
    /// Show the leaderboard between questions.
    pub leaderboard: bool,
    /// Teams answer in turn: question 1 is the first team's, question 2 the second's, and so
    /// on; only the team on turn answers and is scored (with two or more teams).
    #[serde(default)]
    pub turns: bool,
}

impl Setup {
    /// A setup with the defaults: 10 questions, both formats, 20 seconds, two teams.
    pub fn new(deck: &str) -> Setup {
        Setup {
            deck: deck.to_owned(),
            question_count: 10,
            formats: vec![DrillFormat::MultipleChoice, DrillFormat::TrueFalse],
            seconds_per_question: Some(DEFAULT_SECONDS),
            teams: vec![
                Team {
                    name: "Team 1".into(),
                    colour: 0,
                },
                Team {
                    name: "Team 2".into(),
                    colour: 1,
                },
            ],
            seed: 1,
            leaderboard: true,
            turns: false,
        }
    }

    /// What is wrong with the setup, in words for the teacher; `None` when it can start.
    pub fn problem(&self) -> Option<String> {
        if self.question_count == 0 {
            return Some("Choose at least one question.".into());
        }
        if self.formats.is_empty() {
            return Some("Choose at least one format.".into());
        }
        if self.seconds_per_question == Some(0) {
            return Some("A question needs at least one second (or no timer).".into());
        }
        if self.teams.is_empty() || self.teams.len() > MAX_TEAMS {
            return Some(format!("Play with 1 to {MAX_TEAMS} teams."));
        }
        if let Some(i) = self.teams.iter().position(|t| t.name.trim().is_empty()) {
            return Some(format!("Team {} needs a name.", i + 1));
        }
        for (i, t) in self.teams.iter().enumerate() {
            let name = t.name.trim();
            if self.teams[..i]
                .iter()
                .any(|o| o.name.trim().eq_ignore_ascii_case(name))
            {
                return Some(format!("Two teams are called {name}."));
            }
        }
        None
    }
}

/// One question as the drill shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillQuestion {
    /// The card it was made from.
    pub card: CardId,
    /// Multiple choice or true/false.
    pub format: DrillFormat,
    /// What is asked (for true/false: the statement).
    pub prompt: String,
    /// The options in the order shown (tiles A-D); true/false: `["True", "False"]`.
    pub options: Vec<String>,
    /// Index of the right option.
    pub correct: usize,
    /// The card's answer (shown when revealed).
    pub answer: String,
    /// The source sentence (may be empty).
    pub source: String,
}

/// The letter of an option: A, B, C, D.
pub fn option_letter(index: usize) -> char {
    char::from(b'A' + u8::try_from(index.min(25)).unwrap_or(0))
}

/// Where a drill is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Set up, waiting for Start.
    Lobby,
    /// A question is open: teams answer while the countdown runs.
    Open,
    /// The right answer shows, with each team's points for it.
    Revealed,
    /// The standings between two questions.
    Leaderboard,
    /// The end: the standings with the first three on the podium.
    Podium,
}

/// What the teacher (or the clock) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Opens the first question (from the lobby).
    Start,
    /// Closes the open question and shows the right answer.
    Reveal,
    /// Gives the team the right answer of the open question (as if it chose it).
    Award(usize),
    /// Records a team's option for the open question (a later choice replaces it).
    Choose {
        /// The team's index.
        team: usize,
        /// The option's index.
        option: usize,
    },
    /// Takes a team's answer back (while the question is open).
    Clear(usize),
    /// From the answer to the leaderboard or the next question, or after the last to the
    /// podium.
    Next,
    /// Stops the countdown.
    Pause,
    /// Starts the countdown again.
    Resume,
    /// The clock's tick: closes the open question when its time is up.
    Tick,
    /// Asks to end the drill (stops the countdown until answered).
    End,
    /// Ends the drill (after [`Event::End`]): the podium, with the questions revealed so far.
    Confirm,
    /// Keeps playing (after [`Event::End`]).
    Cancel,
}

/// One team's answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Answer {
    /// The option chosen; `None`: no answer.
    pub chosen: Option<usize>,
    /// Milliseconds of countdown time from the question's opening to the answer.
    pub ms: Option<u64>,
    /// Whether it was right (set when revealed).
    pub right: bool,
    /// Points earned, streak bonus included (set when revealed).
    pub points: u32,
}

/// A team's place in the standings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The team's index.
    pub team: usize,
    /// Its score.
    pub score: u32,
    /// 1 for first; teams with the same score share a rank (1, 1, 3).
    pub rank: usize,
}

/// A drill in progress.
#[derive(Debug, Clone)]
pub struct Drill {
    setup: Setup,
    questions: Vec<DrillQuestion>,
    phase: Phase,
    /// The current question's index (in the lobby: 0, not yet shown).
    index: usize,
    /// Per question, per team.
    answers: Vec<Vec<Answer>>,
    scores: Vec<u32>,
    streaks: Vec<u32>,
    /// Questions revealed (scored) so far.
    revealed: usize,
    /// Countdown time spent on the open question before the current run.
    spent_ms: u64,
    /// When the countdown last started running; `None` while stopped.
    running_since: Option<i64>,
    /// Paused by the teacher (as opposed to stopped by the end confirmation).
    paused: bool,
    /// Waiting for the teacher to confirm ending.
    confirming_end: bool,
    /// Whether End was confirmed before the last question.
    ended_early: bool,
}

impl Drill {
    /// A drill of these questions, in the lobby. Options beyond the fourth are not shown, so
    /// questions are expected to have at most [`MAX_OPTIONS`].
    pub fn new(setup: Setup, questions: Vec<DrillQuestion>) -> Drill {
        let teams = setup.teams.len();
        Drill {
            answers: vec![vec![Answer::default(); teams]; questions.len()],
            scores: vec![0; teams],
            streaks: vec![0; teams],
            setup,
            questions,
            phase: Phase::Lobby,
            index: 0,
            revealed: 0,
            spent_ms: 0,
            running_since: None,
            paused: false,
            confirming_end: false,
            ended_early: false,
        }
    }

    /// The setup.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Every question, in order.
    pub fn questions(&self) -> &[DrillQuestion] {
        &self.questions
    }

    /// Where the drill is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The current question's index (0-based).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The current question (`None` for a drill without questions).
    pub fn question(&self) -> Option<&DrillQuestion> {
        self.questions.get(self.index)
    }

    /// The answers given to question `index`, one per team.
    pub fn answers(&self, index: usize) -> &[Answer] {
        self.answers.get(index).map_or(&[], Vec::as_slice)
    }

    /// Each team's score.
    pub fn scores(&self) -> &[u32] {
        &self.scores
    }

    /// Each team's current run of right answers.
    pub fn streaks(&self) -> &[u32] {
        &self.streaks
    }

    /// Questions revealed (and scored) so far.
    pub fn revealed_count(&self) -> usize {
        self.revealed
    }

    /// Paused by the teacher.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Waiting for the teacher to confirm ending the drill.
    pub fn is_confirming_end(&self) -> bool {
        self.confirming_end
    }

    /// The drill was ended before its last question.
    pub fn ended_early(&self) -> bool {
        self.ended_early
    }

    /// The team whose turn it is to answer the current question (`None`: every team answers).
    pub fn turn(&self) -> Option<usize> {
        self.turn_of(self.index)
    }

    /// The team on turn for question `index`, when teams answer in turn.
    pub fn turn_of(&self, index: usize) -> Option<usize> {
        let teams = self.setup.teams.len();
        (self.setup.turns && teams > 1).then(|| index % teams)
    }

    /// Whether `team` answers question `index` (all teams, or the one on turn).
    pub fn answers_question(&self, team: usize, index: usize) -> bool {
        team < self.setup.teams.len() && self.turn_of(index).is_none_or(|t| t == team)
    }

    /// Whether this is the last question.
    pub fn is_last(&self) -> bool {
        self.index + 1 >= self.questions.len()
    }

    /// Countdown time spent on the open question at `now_ms`.
    pub fn elapsed_ms(&self, now_ms: i64) -> u64 {
        let running = self
            .running_since
            .map_or(0, |since| u64::try_from(now_ms - since).unwrap_or(0));
        self.spent_ms + running
    }

    /// The question's time limit in milliseconds (`None`: no timer).
    pub fn limit_ms(&self) -> Option<u64> {
        self.setup.seconds_per_question.map(|s| u64::from(s) * 1000)
    }

    /// Milliseconds left on the countdown at `now_ms` (`None`: no timer or no open question).
    pub fn remaining_ms(&self, now_ms: i64) -> Option<u64> {
        if self.phase != Phase::Open {
            return None;
        }
        self.limit_ms()
            .map(|limit| limit.saturating_sub(self.elapsed_ms(now_ms)))
    }

    /// Whether the countdown is running (the window repaints while it is).
    pub fn is_counting_down(&self) -> bool {
        self.phase == Phase::Open && self.running_since.is_some() && self.limit_ms().is_some()
    }

    /// The standings: highest score first, ties sharing a rank and kept in team order.
    pub fn standings(&self) -> Vec<Standing> {
        standings(&self.scores)
    }

    /// Applies an event at `now_ms`; returns whether it changed anything (an event that does
    /// not fit the phase is ignored). A [`Event::Tick`] past the deadline times the question
    /// out, which reveals it.
    pub fn apply(&mut self, event: Event, now_ms: i64) -> bool {
        if self.confirming_end {
            return match event {
                Event::Confirm => {
                    self.confirming_end = false;
                    self.running_since = None;
                    self.ended_early = self.phase != Phase::Podium;
                    self.phase = Phase::Podium;
                    true
                }
                Event::Cancel => {
                    self.confirming_end = false;
                    if self.phase == Phase::Open && !self.paused {
                        self.running_since = Some(now_ms);
                    }
                    true
                }
                _ => false,
            };
        }
        match (event, self.phase) {
            (Event::Tick, Phase::Open) => {
                let timed_out = self
                    .limit_ms()
                    .is_some_and(|limit| self.elapsed_ms(now_ms) >= limit);
                if timed_out {
                    self.reveal(now_ms);
                }
                timed_out
            }
            (Event::Start, Phase::Lobby) => {
                if self.questions.is_empty() {
                    self.phase = Phase::Podium;
                } else {
                    self.open(0, now_ms);
                }
                true
            }
            (Event::Reveal, Phase::Open) => {
                self.reveal(now_ms);
                true
            }
            (Event::Award(team), Phase::Open) => match self.question() {
                Some(q) => {
                    let option = q.correct;
                    self.choose(team, option, now_ms)
                }
                None => false,
            },
            (Event::Choose { team, option }, Phase::Open) => self.choose(team, option, now_ms),
            (Event::Clear(team), Phase::Open) if self.answers_question(team, self.index) => {
                match self
                    .answers
                    .get_mut(self.index)
                    .and_then(|a| a.get_mut(team))
                {
                    Some(answer) if answer.chosen.is_some() => {
                        *answer = Answer::default();
                        true
                    }
                    _ => false,
                }
            }
            (Event::Next, Phase::Revealed) => {
                if self.is_last() {
                    self.phase = Phase::Podium;
                } else if self.setup.leaderboard {
                    self.phase = Phase::Leaderboard;
                } else {
                    self.open(self.index + 1, now_ms);
                }
                true
            }
            (Event::Next, Phase::Leaderboard) => {
                self.open(self.index + 1, now_ms);
                true
            }
            (Event::Pause, Phase::Open) if !self.paused => {
                self.stop(now_ms);
                self.paused = true;
                true
            }
            (Event::Resume, Phase::Open) if self.paused => {
                self.paused = false;
                self.running_since = Some(now_ms);
                true
            }
            (Event::End, phase) if phase != Phase::Podium => {
                self.stop(now_ms);
                self.confirming_end = true;
                true
            }
            _ => false,
        }
    }

    /// Stops the countdown, keeping the time spent.
    fn stop(&mut self, now_ms: i64) {
        self.spent_ms = self.elapsed_ms(now_ms);
        self.running_since = None;
    }

    fn open(&mut self, index: usize, now_ms: i64) {
        self.index = index;
        self.phase = Phase::Open;
        self.spent_ms = 0;
        self.paused = false;
        self.running_since = Some(now_ms);
    }

    fn choose(&mut self, team: usize, option: usize, now_ms: i64) -> bool {
        if !self.answers_question(team, self.index) {
            return false;
        }
        let options = self
            .question()
            .map_or(0, |q| q.options.len().min(MAX_OPTIONS));
        if option >= options {
            return false;
        }
        let ms = self.elapsed_ms(now_ms);
        let Some(answer) = self
            .answers
            .get_mut(self.index)
            .and_then(|a| a.get_mut(team))
        else {
            return false;
        };
        answer.chosen = Some(option);
        answer.ms = Some(ms);
        true
    }

    /// Closes the open question and scores it.
    fn reveal(&mut self, now_ms: i64) {
        self.stop(now_ms);
        self.paused = false;
        self.phase = Phase::Revealed;
        let limit = self.limit_ms();
        let Some(correct) = self.question().map(|q| q.correct) else {
            return;
        };
        let turn = self.turn_of(self.index);
        let Some(answers) = self.answers.get_mut(self.index) else {
            return;
        };
        for (team, answer) in answers.iter_mut().enumerate() {
            if turn.is_some_and(|t| t != team) {
                // Not this team's question: its streak carries on.
                continue;
            }
            let right = answer.chosen == Some(correct);
            let (Some(score), Some(streak)) =
                (self.scores.get_mut(team), self.streaks.get_mut(team))
            else {
                continue;
            };
            answer.right = right;
            if right {
                *streak += 1;
                answer.points = speed_points(answer.ms.unwrap_or(0), limit) + streak_bonus(*streak);
                *score += answer.points;
            } else {
                *streak = 0;
                answer.points = 0;
            }
        }
        self.revealed += 1;
    }

    /// What the drill has to keep: every revealed question with every team's answer.
    pub fn results(&self, started_ms: i64, deck_title: &str) -> DrillResults {
        results::collect(self, started_ms, deck_title)
    }
}

/// Points for a right answer given `ms` into a question of `limit` milliseconds: 1000 at once,
/// falling linearly to 500 at the limit; 1000 without a timer.
pub fn speed_points(ms: u64, limit: Option<u64>) -> u32 {
    match limit {
        Some(limit) if limit > 0 => {
            let left = limit.saturating_sub(ms);
            let extra = u64::from(MAX_POINTS - MIN_POINTS) * left / limit;
            MIN_POINTS + u32::try_from(extra).unwrap_or(MAX_POINTS - MIN_POINTS)
        }
        _ => MAX_POINTS,
    }
}

/// The streak bonus of a right answer that makes a run of `streak` (1 for the first): 0, 100,
/// 200, ... at most [`STREAK_BONUS_CAP`].
pub fn streak_bonus(streak: u32) -> u32 {
    streak
        .saturating_sub(1)
        .saturating_mul(STREAK_BONUS)
        .min(STREAK_BONUS_CAP)
}

/// Standings of these scores: highest first, ties sharing a rank, in team order.
pub fn standings(scores: &[u32]) -> Vec<Standing> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].cmp(&scores[a]).then(a.cmp(&b)));
    let mut out: Vec<Standing> = Vec::with_capacity(order.len());
    for (place, team) in order.into_iter().enumerate() {
        let score = scores[team];
        let rank = match out.last() {
            Some(prev) if prev.score == score => prev.rank,
            _ => place + 1,
        };
        out.push(Standing { team, score, rank });
    }
    out
}

#[cfg(test)]
mod tests;
