-- Example queries for analysts (DuckDB SQL). Each block starts with "-- name:", then what it
-- answers. A test runs every block against a filled warehouse and an empty one
-- (tests/test_docs.py), so they keep working as the schema grows.
-- Run one: duckdb -readonly data/warehouse/minutes.duckdb < file.sql, or from Python
-- duckdb.connect("data/warehouse/minutes.duckdb", read_only=True).sql("...").df().

-- name: least_present_members
-- Members with the lowest attendance, per body, among those listed at two sessions or more.
select body, name, meetings_listed, present, excused, absent, proxies_given, attendance_rate
from attendance_by_member
where meetings_listed >= 2 or body_meetings = 1
order by attendance_rate, meetings_listed desc, body, name
limit 20;

-- name: quorum_over_time
-- Each session's attendance against the ordinary quorum, in date order per body.
select body, date, members_in_office, coalesce(members_present, present_listed) as present, proxies,
       attendance_rate, quorum_majority, quorum_majority_met
from attendance_by_meeting
order by body, date;

-- name: proxy_pairs
-- Who gives proxies to whom, names resolved across sessions (the same pair over several sessions counts once per session).
select m.body, giver.name as giver, holder.name as holder, count(distinct x.meeting_id) as sessions,
       min(m.date) as first_date, max(m.date) as last_date
from proxies x
join meetings m using (meeting_id)
join person_mentions gm on gm.meeting_id = x.meeting_id and gm.role = 'proxy_giver' and gm.name = x.giver
     and gm.char_start is not distinct from x.char_start
join persons giver on giver.person_id = gm.person_id
join person_mentions hm on hm.meeting_id = x.meeting_id and hm.role = 'proxy_holder' and hm.name = x.holder
     and hm.char_start is not distinct from x.char_start
join persons holder on holder.person_id = hm.person_id
group by all
order by sessions desc, m.body, giver, holder;

-- name: non_unanimous_votes
-- Decisions with votes against or abstentions (or rejected, or adopted "à la majorité" without counts), with
-- the item's title and the members named in the vote. (unanimous = false alone is no dissent: it is also
-- false for a decision printed without any vote.)
select m.body, m.date, d.item_number, a.title, d.outcome, d.votes_for, d.votes_against, d.abstentions,
       (select string_agg(p.name || ' (' || pm.vote || ')', ', ' order by pm.vote, p.name)
          from person_mentions pm join persons p using (person_id)
         where pm.role = 'voter' and pm.meeting_id = d.meeting_id and pm.item_number = d.item_number) as named_votes,
       d.page, d.source_text
from decisions d
join meetings m using (meeting_id)
left join agenda_items a on a.meeting_id = d.meeting_id and a.number = d.item_number
where d.votes_against > 0 or d.abstentions > 0 or d.outcome = 'rejected'
   or (d.unanimous = false and d.votes_for is null and d.source_text ilike '%majorit%')
order by m.date, d.meeting_id, d.item_number;

-- name: budget_by_chapter
-- Budget amendment (DM) movements by body, amendment, section, side and chapter.
select m.body, year(m.date) as year, b.amendment, b.budget, b.section, b.side, coalesce(b.chapter, b.chart_chapter) as chapter,
       count(*) as lines, sum(b.amount) as amount
from budget_lines b join meetings m using (meeting_id)
group by all
order by m.body, year, b.amendment, b.budget, b.section, b.side, chapter;

-- name: dm_balance_per_section
-- Does each DM balance per section? Receipts minus expenses, which a balanced DM brings to 0.
select m.body, m.date, b.amendment, b.budget, b.section,
       sum(b.amount) filter (where b.side like 'r%') as receipts,
       sum(b.amount) filter (where b.side like 'd%') as expenses,
       coalesce(sum(b.amount) filter (where b.side like 'r%'), 0) - coalesce(sum(b.amount) filter (where b.side like 'd%'), 0) as balance
from budget_lines b join meetings m using (meeting_id)
group by all
order by m.body, m.date, b.amendment, b.budget, b.section;

-- name: findings_by_check
-- What does not add up, by check and severity, with how many sessions it touches.
select "check", severity, count(*) as findings, count(distinct meeting_id) as sessions
from findings
group by all
order by findings desc, "check";

-- name: person_history
-- Every time one person is named, with the page and the words it was read from.
select p.name, m.body, m.date, pm.role, pm.status, pm.vote, pm.item_number, pm.name as as_written, pm.link,
       d.path as file, pm.page, pm.source_text
from persons p
join person_mentions pm using (person_id)
join meetings m on m.meeting_id = pm.meeting_id
left join documents d on d.document_id = pm.document_id
where p.person_id = (select person_id from persons order by meetings desc, mentions desc, person_id limit 1)
order by m.date, pm.role;

-- name: movements_per_item
-- Who arrived, left, came back or did not vote during a session, and from which agenda item.
select m.body, m.body_kind, m.date, c.from_item, c.to_item, c.event, c.person, c.holder, c.page, c.note
from attendance_changes c
join meetings m using (meeting_id)
where c.event is not null
order by m.date, c.char_start;
