//! The drill's state machine driven with a fake clock.

use super::*;

const T0: i64 = 1_773_133_200_000;

fn question(n: usize, correct: usize) -> DrillQuestion {
    DrillQuestion {
        card: CardId(format!("c{n}")),
        format: DrillFormat::MultipleChoice,
        prompt: format!("Question {n}?"),
        options: vec!["w".into(), "x".into(), "y".into(), "z".into()],
        correct,
        answer: ["w", "x", "y", "z"][correct].into(),
        source: String::new(),
    }
}

fn setup(teams: usize, seconds: Option<u32>, leaderboard: bool) -> Setup {
    Setup {
        question_count: 3,
        seconds_per_question: seconds,
        teams: (0..teams)
            .map(|i| Team {
                name: format!("T{i}"),
                colour: i,
            })
            .collect(),
        leaderboard,
        ..Setup::new("deck")
    }
}

fn drill(teams: usize, seconds: Option<u32>, leaderboard: bool) -> Drill {
    Drill::new(
        setup(teams, seconds, leaderboard),
        vec![question(0, 1), question(1, 2), question(2, 0)],
    )
}

/// Applies an event that must change the drill.
fn ok(d: &mut Drill, event: Event, at: i64) {
    assert!(d.apply(event, at), "{event:?} in {:?}", d.phase());
}

#[test]
fn speed_points_fall_linearly_from_1000_to_500() {
    assert_eq!(speed_points(0, Some(20_000)), 1000);
    assert_eq!(speed_points(10_000, Some(20_000)), 750);
    assert_eq!(speed_points(5_000, Some(20_000)), 875);
    assert_eq!(speed_points(20_000, Some(20_000)), 500);
    assert_eq!(speed_points(25_000, Some(20_000)), 500);
    assert_eq!(speed_points(123_456, None), 1000, "no timer: full points");
}

#[test]
fn streak_bonus_grows_by_100_and_is_capped() {
    let bonuses: Vec<u32> = (1..=8).map(streak_bonus).collect();
    assert_eq!(bonuses, [0, 100, 200, 300, 400, 500, 500, 500]);
    assert_eq!(streak_bonus(0), 0);
    assert_eq!(streak_bonus(u32::MAX), STREAK_BONUS_CAP);
}

#[test]
fn a_full_drill_scores_speed_and_streaks_and_ends_on_the_podium() {
    let mut d = drill(2, Some(20), true);
    assert_eq!(d.phase(), Phase::Lobby);
    assert!(
        !d.apply(Event::Reveal, T0),
        "nothing to reveal in the lobby"
    );
    ok(&mut d, Event::Start, T0);
    assert_eq!((d.phase(), d.index()), (Phase::Open, 0));
    assert_eq!(d.remaining_ms(T0 + 5_000), Some(15_000));
    // Team 0 right after 5 s, team 1 wrong.
    ok(&mut d, Event::Choose { team: 0, option: 1 }, T0 + 5_000);
    ok(&mut d, Event::Choose { team: 1, option: 3 }, T0 + 6_000);
    ok(&mut d, Event::Reveal, T0 + 8_000);
    assert_eq!(d.phase(), Phase::Revealed);
    assert_eq!(d.answers(0)[0].points, 875);
    assert!(d.answers(0)[0].right && !d.answers(0)[1].right);
    assert_eq!(d.scores(), [875, 0]);
    assert_eq!(d.streaks(), [1, 0]);
    ok(&mut d, Event::Next, T0 + 9_000);
    assert_eq!(d.phase(), Phase::Leaderboard);
    ok(&mut d, Event::Next, T0 + 10_000);
    assert_eq!((d.phase(), d.index()), (Phase::Open, 1));
    // Both right at once: team 0 gets the streak bonus.
    ok(&mut d, Event::Award(0), T0 + 10_000);
    ok(&mut d, Event::Award(1), T0 + 10_000);
    ok(&mut d, Event::Reveal, T0 + 11_000);
    assert_eq!(d.answers(1)[0].points, 1100);
    assert_eq!(d.answers(1)[1].points, 1000);
    assert_eq!(d.scores(), [1975, 1000]);
    ok(&mut d, Event::Next, T0 + 12_000);
    ok(&mut d, Event::Next, T0 + 12_000);
    // Team 0 does not answer: its streak ends; team 1 gets its first bonus.
    ok(&mut d, Event::Award(1), T0 + 12_000 + 20_000);
    ok(&mut d, Event::Reveal, T0 + 12_000 + 20_000);
    assert_eq!(d.answers(2)[1].points, 500 + 100);
    assert_eq!(d.answers(2)[0], Answer::default());
    assert_eq!(d.streaks(), [0, 2]);
    assert!(d.is_last());
    ok(&mut d, Event::Next, T0 + 40_000);
    assert_eq!(d.phase(), Phase::Podium, "no leaderboard after the last");
    assert!(!d.ended_early());
    let standings = d.standings();
    assert_eq!(
        standings,
        [
            Standing {
                team: 0,
                score: 1975,
                rank: 1
            },
            Standing {
                team: 1,
                score: 1600,
                rank: 2
            }
        ]
    );
    assert!(!d.apply(Event::Next, T0 + 50_000), "the podium is the end");
    assert!(!d.apply(Event::End, T0 + 50_000));
}

#[test]
fn without_the_leaderboard_next_opens_the_next_question() {
    let mut d = drill(2, Some(20), false);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Reveal, T0);
    ok(&mut d, Event::Next, T0);
    assert_eq!((d.phase(), d.index()), (Phase::Open, 1));
}

#[test]
fn a_wrong_answer_resets_the_streak() {
    let mut d = drill(1, None, false);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Award(0), T0);
    ok(&mut d, Event::Reveal, T0);
    ok(&mut d, Event::Next, T0);
    ok(&mut d, Event::Choose { team: 0, option: 0 }, T0);
    ok(&mut d, Event::Reveal, T0);
    assert_eq!(d.streaks(), [0]);
    ok(&mut d, Event::Next, T0);
    ok(&mut d, Event::Award(0), T0);
    ok(&mut d, Event::Reveal, T0);
    assert_eq!(d.answers(2)[0].points, 1000, "no bonus after a break");
    assert_eq!(d.scores(), [2000]);
}

#[test]
fn a_later_choice_replaces_an_earlier_one_and_clear_takes_it_back() {
    let mut d = drill(2, Some(10), false);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Choose { team: 0, option: 0 }, T0 + 1_000);
    ok(&mut d, Event::Choose { team: 0, option: 1 }, T0 + 4_000);
    assert_eq!(d.answers(0)[0].chosen, Some(1));
    assert_eq!(d.answers(0)[0].ms, Some(4_000));
    ok(&mut d, Event::Choose { team: 1, option: 1 }, T0 + 2_000);
    ok(&mut d, Event::Clear(1), T0 + 3_000);
    assert!(
        !d.apply(Event::Clear(1), T0 + 3_000),
        "nothing left to clear"
    );
    ok(&mut d, Event::Reveal, T0 + 5_000);
    assert_eq!(d.scores(), [800, 0]);
}

#[test]
fn bad_teams_and_options_are_ignored() {
    let mut d = drill(2, Some(10), false);
    ok(&mut d, Event::Start, T0);
    assert!(!d.apply(Event::Choose { team: 2, option: 0 }, T0));
    assert!(!d.apply(Event::Choose { team: 0, option: 4 }, T0));
    assert!(!d.apply(Event::Award(7), T0));
    ok(&mut d, Event::Reveal, T0);
    assert!(!d.apply(Event::Award(0), T0), "no answers after the reveal");
    assert_eq!(d.scores(), [0, 0]);
}

#[test]
fn pause_stops_the_countdown_and_answers_count_countdown_time() {
    let mut d = drill(1, Some(20), false);
    ok(&mut d, Event::Start, T0);
    assert!(d.is_counting_down());
    ok(&mut d, Event::Pause, T0 + 4_000);
    assert!(d.is_paused() && !d.is_counting_down());
    assert!(!d.apply(Event::Pause, T0 + 5_000), "already paused");
    // A long pause: no time passes, no time out.
    assert!(!d.apply(Event::Tick, T0 + 60_000));
    assert_eq!(d.remaining_ms(T0 + 60_000), Some(16_000));
    ok(&mut d, Event::Resume, T0 + 60_000);
    assert!(!d.apply(Event::Resume, T0 + 60_000), "already running");
    assert_eq!(d.remaining_ms(T0 + 66_000), Some(10_000));
    ok(&mut d, Event::Award(0), T0 + 66_000);
    assert_eq!(d.answers(0)[0].ms, Some(10_000));
    ok(&mut d, Event::Reveal, T0 + 67_000);
    assert_eq!(d.scores(), [750]);
    assert!(
        !d.apply(Event::Pause, T0 + 67_000),
        "only an open question pauses"
    );
}

#[test]
fn an_answer_entered_during_a_pause_counts_the_time_before_it() {
    let mut d = drill(1, Some(20), false);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Pause, T0 + 2_000);
    ok(&mut d, Event::Award(0), T0 + 30_000);
    assert_eq!(d.answers(0)[0].ms, Some(2_000));
}

#[test]
fn the_clock_times_a_question_out_and_reveals_it() {
    let mut d = drill(2, Some(20), true);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Award(1), T0 + 19_000);
    assert!(!d.apply(Event::Tick, T0 + 19_999));
    assert_eq!(d.phase(), Phase::Open);
    ok(&mut d, Event::Tick, T0 + 20_000);
    assert_eq!(d.phase(), Phase::Revealed);
    assert_eq!(d.remaining_ms(T0 + 20_000), None);
    assert_eq!(d.scores(), [0, 525]);
    assert!(!d.apply(Event::Award(0), T0 + 20_500), "too late");
    assert!(!d.apply(Event::Tick, T0 + 40_000), "one time out");
}

#[test]
fn without_a_timer_nothing_times_out() {
    let mut d = drill(1, None, false);
    ok(&mut d, Event::Start, T0);
    assert!(!d.is_counting_down());
    assert_eq!(d.remaining_ms(T0 + 3_600_000), None);
    assert!(!d.apply(Event::Tick, T0 + 3_600_000));
    assert_eq!(d.phase(), Phase::Open);
}

#[test]
fn ending_needs_a_confirmation_and_stops_the_clock_meanwhile() {
    let mut d = drill(2, Some(20), true);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Award(0), T0 + 1_000);
    ok(&mut d, Event::Reveal, T0 + 1_000);
    ok(&mut d, Event::Next, T0 + 2_000);
    ok(&mut d, Event::Next, T0 + 2_000);
    ok(&mut d, Event::End, T0 + 5_000);
    assert!(d.is_confirming_end());
    // While asking, nothing else happens and the countdown waits.
    assert!(!d.apply(Event::Reveal, T0 + 6_000));
    assert!(!d.apply(Event::Tick, T0 + 60_000));
    ok(&mut d, Event::Cancel, T0 + 60_000);
    assert_eq!(d.phase(), Phase::Open);
    assert_eq!(d.remaining_ms(T0 + 60_000), Some(17_000));
    ok(&mut d, Event::End, T0 + 61_000);
    ok(&mut d, Event::Confirm, T0 + 62_000);
    assert_eq!(d.phase(), Phase::Podium);
    assert!(d.ended_early());
    // The open question was never revealed: only the first counts.
    assert_eq!(d.revealed_count(), 1);
    let results = d.results(T0, "Deck");
    assert_eq!(results.rows.len(), 2);
    assert!(results.rows.iter().all(|r| r.question == 0));
}

#[test]
fn cancelling_the_end_of_a_paused_question_keeps_it_paused() {
    let mut d = drill(1, Some(20), false);
    ok(&mut d, Event::Start, T0);
    ok(&mut d, Event::Pause, T0 + 1_000);
    ok(&mut d, Event::End, T0 + 2_000);
    ok(&mut d, Event::Cancel, T0 + 3_000);
    assert!(d.is_paused());
    assert_eq!(d.remaining_ms(T0 + 50_000), Some(19_000));
}

#[test]
fn the_podium_shares_ranks_between_ties() {
    let ranks = |scores: &[u32]| -> Vec<(usize, usize)> {
        standings(scores)
            .into_iter()
            .map(|s| (s.team, s.rank))
            .collect()
    };
    assert_eq!(
        ranks(&[100, 300, 300, 50]),
        [(1, 1), (2, 1), (0, 3), (3, 4)]
    );
    assert_eq!(ranks(&[0, 0, 0]), [(0, 1), (1, 1), (2, 1)]);
    assert_eq!(ranks(&[5, 9, 5, 5]), [(1, 1), (0, 2), (2, 2), (3, 2)]);
    assert_eq!(ranks(&[]), []);
}

#[test]
fn a_drill_without_questions_goes_straight_to_the_podium() {
    let mut d = Drill::new(setup(2, Some(20), true), Vec::new());
    ok(&mut d, Event::Start, T0);
    assert_eq!(d.phase(), Phase::Podium);
    assert!(d.results(T0, "Deck").rows.is_empty());
}

#[test]
fn results_list_every_team_for_every_question_and_flag_the_ones_to_review() {
    let mut d = drill(3, None, false);
    ok(&mut d, Event::Start, T0);
    // Q0: two of three right.
    ok(&mut d, Event::Award(0), T0 + 1_000);
    ok(&mut d, Event::Award(1), T0 + 2_000);
    ok(&mut d, Event::Choose { team: 2, option: 3 }, T0 + 3_000);
    ok(&mut d, Event::Reveal, T0 + 4_000);
    ok(&mut d, Event::Next, T0 + 4_000);
    // Q1: one of three right (one silent): to review.
    ok(&mut d, Event::Award(2), T0 + 5_000);
    ok(&mut d, Event::Choose { team: 0, option: 0 }, T0 + 5_000);
    ok(&mut d, Event::Reveal, T0 + 6_000);
    let r = d.results(T0, "Deck");
    assert_eq!(r.rows.len(), 6);
    assert_eq!(r.rows[2].chosen_label(), "D: z");
    assert_eq!(r.rows[2].answer, "x");
    assert_eq!(r.rows[4].chosen, None);
    assert_eq!(r.rows[4].chosen_label(), "");
    assert_eq!(r.to_review().into_iter().collect::<Vec<_>>(), [1]);
    let totals: Vec<(usize, u32)> = r.totals().iter().map(|t| (t.right, t.points)).collect();
    assert_eq!(totals, [(1, 1000), (1, 1000), (1, 1000)]);
}

#[test]
fn setup_problems_are_named() {
    let mut s = setup(2, Some(20), true);
    assert_eq!(s.problem(), None);
    s.teams[1].name = " t0 ".into();
    assert_eq!(s.problem().as_deref(), Some("Two teams are called t0."));
    s.teams[1].name = "  ".into();
    assert_eq!(s.problem().as_deref(), Some("Team 2 needs a name."));
    let s9 = setup(9, Some(20), true);
    assert!(s9.problem().is_some_and(|p| p.contains("1 to 8")));
    let mut s = setup(1, Some(0), true);
    assert!(s.problem().is_some());
    s.seconds_per_question = None;
    assert_eq!(s.problem(), None);
    s.formats.clear();
    assert!(s.problem().is_some());
}

#[test]
fn the_setup_round_trips_through_json() {
    let s = setup(3, None, false);
    let json = serde_json::to_string(&s).unwrap();
    assert!(json.contains("\"multiple_choice\""), "{json}");
    let back: Setup = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
}

#[test]
fn option_letters() {
    assert_eq!(
        (0..4).map(option_letter).collect::<String>(),
        "ABCD".to_owned()
    );
}

#[test]
fn teams_answering_in_turn_answer_only_their_own_questions() {
    let mut s = setup(2, None, false);
    s.turns = true;
    let mut d = Drill::new(s, vec![question(0, 1), question(1, 2), question(2, 0)]);
    ok(&mut d, Event::Start, T0);
    assert_eq!(d.turn(), Some(0));
    assert!(!d.apply(Event::Award(1), T0), "not team 1's turn");
    assert!(!d.apply(Event::Choose { team: 1, option: 1 }, T0));
    assert!(!d.apply(Event::Clear(1), T0));
    ok(&mut d, Event::Award(0), T0);
    ok(&mut d, Event::Reveal, T0);
    assert_eq!(d.scores(), [1000, 0]);
    ok(&mut d, Event::Next, T0);
    assert_eq!(d.turn(), Some(1));
    assert!(!d.apply(Event::Award(0), T0));
    ok(&mut d, Event::Award(1), T0);
    ok(&mut d, Event::Reveal, T0);
    assert_eq!(d.streaks(), [1, 1], "team 0's streak waits for its turn");
    ok(&mut d, Event::Next, T0);
    assert_eq!(d.turn(), Some(0));
    ok(&mut d, Event::Award(0), T0);
    ok(&mut d, Event::Reveal, T0);
    assert_eq!(d.scores(), [2100, 1000], "a streak over its own turns");
    let r = d.results(T0, "Deck");
    let rows: Vec<(usize, usize)> = r.rows.iter().map(|r| (r.question, r.team)).collect();
    assert_eq!(rows, [(0, 0), (1, 1), (2, 0)]);
    assert!(r.to_review().is_empty());
}

#[test]
fn one_team_in_turn_mode_answers_everything() {
    let mut s = setup(1, None, false);
    s.turns = true;
    let mut d = Drill::new(s, vec![question(0, 1)]);
    ok(&mut d, Event::Start, T0);
    assert_eq!(d.turn(), None);
    ok(&mut d, Event::Award(0), T0);
}
