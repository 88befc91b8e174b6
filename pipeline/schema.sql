-- The warehouse: every analyst-facing table, defined here and only here.
-- Every extracted row carries its provenance: document_id, page (1-based), char_start/char_end
-- (a span of the document's text as read) and source_text (the words it came from).
-- Column comments are the schema's documentation (see `minutier schema`).

CREATE TABLE IF NOT EXISTS documents (
    path VARCHAR PRIMARY KEY,
    document_id VARCHAR,
    file_name VARCHAR,
    format VARCHAR,
    size_bytes BIGINT,
    pages INTEGER,
    status VARCHAR NOT NULL,
    message VARCHAR,
    pipeline_version VARCHAR,
    ingested_at TIMESTAMP,
    seconds DOUBLE
);
COMMENT ON TABLE documents IS 'One row per input file: its identity (SHA-256 of its bytes), format, status and the message a person reads when it could not be loaded.';
COMMENT ON COLUMN documents.path IS 'The input file''s absolute path, symbolic links resolved: the same file ingested by a relative or an absolute path is one file.';
COMMENT ON COLUMN documents.document_id IS 'SHA-256 of the file''s bytes, in hex: the same bytes under two names share it.';
COMMENT ON COLUMN documents.file_name IS 'The file''s name without its folder.';
COMMENT ON COLUMN documents.format IS 'pdf, text, markdown, html or docx, as read from the bytes (a Word file named .pdf is docx).';
COMMENT ON COLUMN documents.size_bytes IS 'Size of the file in bytes.';
COMMENT ON COLUMN documents.pages IS 'Number of pages read (1 for text formats).';
COMMENT ON COLUMN documents.status IS 'ok, partial (some pages or extractors failed), failed (unreadable), skipped (not minutes), needs_ocr (scanned pages and no OCR installed), duplicate (same bytes as another path).';
COMMENT ON COLUMN documents.message IS 'What happened, in French, for a person: why a file failed, which pages were OCRed.';
COMMENT ON COLUMN documents.pipeline_version IS 'Hash of the pipeline code that produced the rows; a new version re-extracts unchanged files.';
COMMENT ON COLUMN documents.ingested_at IS 'When the rows of this file were written (UTC).';
COMMENT ON COLUMN documents.seconds IS 'Seconds spent reading and extracting the file.';

CREATE TABLE IF NOT EXISTS meetings (
    meeting_id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    body VARCHAR,
    assembly VARCHAR,
    date DATE,
    start_time VARCHAR,
    end_time VARCHAR,
    place VARCHAR,
    convened_on DATE,
    president VARCHAR,
    secretary VARCHAR,
    members_in_office INTEGER,
    members_present INTEGER,
    members_represented INTEGER,
    votes_cast INTEGER,
    votes_for INTEGER,
    votes_against INTEGER,
    abstentions INTEGER,
    next_meeting_date DATE,
    reconvened BOOLEAN,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR,
    body_kind VARCHAR,
    document_kind VARCHAR
);
COMMENT ON TABLE meetings IS 'One row per session whose minutes were read: who met, when, where, and the counts the minutes declare.';
COMMENT ON COLUMN meetings.meeting_id IS 'Identifier of the session (document_id prefix and a sequence number).';
COMMENT ON COLUMN meetings.document_id IS 'The document holding the minutes (documents.document_id).';
COMMENT ON COLUMN meetings.body IS 'The deliberating organisation, e.g. "Syndicat Mixte Numérian", "Commune de Pornic".';
COMMENT ON COLUMN meetings.body_kind IS 'The kind of body: commune, communauté (de communes, d''agglomération, urbaine, métropole), syndicat or ccas; from the body''s name, else from the assembly ("Conseil municipal": commune).';
COMMENT ON COLUMN meetings.document_kind IS 'What the document says of the session: minutes (procès-verbal, compte rendu), liste (the list of deliberations posted within a week, CGCT L2121-25: its entries and outcomes, no attendance nor vote; the attendance, quorum, proxy, vote and agenda checks do not apply) or extrait (an extract of the register: one deliberation); read from the document''s own title and shape (pipeline.kinds).';
COMMENT ON COLUMN meetings.assembly IS 'The assembly: "Conseil Municipal", "Conseil Syndical", "Conseil Communautaire", "Comité Syndical".';
COMMENT ON COLUMN meetings.date IS 'Date of the session.';
COMMENT ON COLUMN meetings.start_time IS 'Opening time, HH:MM.';
COMMENT ON COLUMN meetings.end_time IS 'Closing time ("La séance est levée à 10h41"), HH:MM.';
COMMENT ON COLUMN meetings.place IS 'Where the assembly met, as printed.';
COMMENT ON COLUMN meetings.convened_on IS 'Date of the convocation.';
COMMENT ON COLUMN meetings.president IS 'Who chaired the session.';
COMMENT ON COLUMN meetings.secretary IS 'Secretary of the session ("secrétaire de séance").';
COMMENT ON COLUMN meetings.members_in_office IS 'Declared number of members in office ("membres en exercice").';
COMMENT ON COLUMN meetings.members_present IS 'Declared number of members present at the opening.';
COMMENT ON COLUMN meetings.members_represented IS 'Declared number of members represented by a proxy.';
COMMENT ON COLUMN meetings.votes_cast IS 'Declared voters ("votants", "suffrages exprimés") for the session.';
COMMENT ON COLUMN meetings.votes_for IS 'Session-wide vote summary, when the minutes print one: for.';
COMMENT ON COLUMN meetings.votes_against IS 'Session-wide vote summary: against.';
COMMENT ON COLUMN meetings.abstentions IS 'Session-wide vote summary: abstentions.';
COMMENT ON COLUMN meetings.next_meeting_date IS 'Date announced for the next session.';
COMMENT ON COLUMN meetings.reconvened IS 'True when the minutes say the assembly was reconvened for lack of quorum (no quorum needed then).';
COMMENT ON COLUMN meetings.page IS 'Page of the minutes'' header.';
COMMENT ON COLUMN meetings.char_start IS 'Start of the header in the document''s text.';
COMMENT ON COLUMN meetings.char_end IS 'End of the header in the document''s text.';
COMMENT ON COLUMN meetings.source_text IS 'The header''s words.';

CREATE TABLE IF NOT EXISTS meeting_facts (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    value VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE meeting_facts IS 'Provenance of each fact of meetings: the field, its value and the words it was read from.';
COMMENT ON COLUMN meeting_facts.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN meeting_facts.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN meeting_facts.field IS 'A column of meetings, e.g. date, members_in_office.';
COMMENT ON COLUMN meeting_facts.value IS 'The value stored in meetings, as text.';
COMMENT ON COLUMN meeting_facts.page IS 'Page the value was read on.';
COMMENT ON COLUMN meeting_facts.char_start IS 'Start of the source words in the document''s text.';
COMMENT ON COLUMN meeting_facts.char_end IS 'End of the source words in the document''s text.';
COMMENT ON COLUMN meeting_facts.source_text IS 'The source words.';

CREATE TABLE IF NOT EXISTS attendance (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    person VARCHAR NOT NULL,
    person_normalised VARCHAR,
    civility VARCHAR,
    status VARCHAR NOT NULL,
    substitute_for VARCHAR,
    role VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE attendance IS 'Who attended the opening of the session, one row per person listed.';
COMMENT ON COLUMN attendance.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN attendance.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN attendance.person IS 'The name as written, civility removed ("Jérôme BERNARD", "BERNARD Jérôme", "CAUQUIL R.").';
COMMENT ON COLUMN attendance.person_normalised IS 'Given names then SURNAME, civility apart ("Jérôme BERNARD").';
COMMENT ON COLUMN attendance.civility IS 'The civility printed before the name (M., Mme, Monsieur, Madame).';
COMMENT ON COLUMN attendance.status IS 'present, absent, excused ("excusés", "absents représentés", a proxy giver listed nowhere else) or invited (guests, staff).';
COMMENT ON COLUMN attendance.substitute_for IS 'For a substitute ("suppléant de M. Y", "remplace ROQUE J."): the member replaced.';
COMMENT ON COLUMN attendance.role IS 'The function printed beside the name, when any ("Maire", "Directeur Général des Services").';
COMMENT ON COLUMN attendance.page IS 'Page of the attendance list.';
COMMENT ON COLUMN attendance.char_start IS 'Start of the name in the document''s text.';
COMMENT ON COLUMN attendance.char_end IS 'End of the name in the document''s text.';
COMMENT ON COLUMN attendance.source_text IS 'The words the row was read from.';

CREATE TABLE IF NOT EXISTS proxies (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    giver VARCHAR NOT NULL,
    holder VARCHAR NOT NULL,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE proxies IS 'Proxies given at the opening ("X donne pouvoir à Y"): the giver votes through the holder.';
COMMENT ON COLUMN proxies.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN proxies.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN proxies.giver IS 'The absent member who gives the proxy.';
COMMENT ON COLUMN proxies.holder IS 'The member who holds it and votes for two.';
COMMENT ON COLUMN proxies.page IS 'Page of the proxy.';
COMMENT ON COLUMN proxies.char_start IS 'Start of the proxy statement in the document''s text.';
COMMENT ON COLUMN proxies.char_end IS 'End of the proxy statement in the document''s text.';
COMMENT ON COLUMN proxies.source_text IS 'The proxy statement as printed.';

CREATE TABLE IF NOT EXISTS attendance_changes (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    from_item VARCHAR,
    to_item VARCHAR,
    members_present INTEGER,
    proxies INTEGER,
    votes_cast INTEGER,
    absent INTEGER,
    note VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR,
    person VARCHAR,
    event VARCHAR,
    holder VARCHAR
);
COMMENT ON TABLE attendance_changes IS 'What changes during the session: counts restated for a range of items ("Questions 11 à 17 : 31 présents, 2 procurations"), and members who arrive, leave, return or do not take part in the vote ("M. X quitte la séance", "Mme Y, intéressée, ne prend pas part au vote"), one row a statement: the checks use them for the votes of those items.';
COMMENT ON COLUMN attendance_changes.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN attendance_changes.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN attendance_changes.from_item IS 'First agenda item the counts or the event apply to (an agenda_items.number).';
COMMENT ON COLUMN attendance_changes.to_item IS 'Last agenda item they apply to (NULL: to the end).';
COMMENT ON COLUMN attendance_changes.members_present IS 'Members present for those items.';
COMMENT ON COLUMN attendance_changes.proxies IS 'Proxies for those items.';
COMMENT ON COLUMN attendance_changes.votes_cast IS 'Voters for those items.';
COMMENT ON COLUMN attendance_changes.absent IS 'Members absent for those items.';
COMMENT ON COLUMN attendance_changes.note IS 'Arrivals and departures, as printed.';
COMMENT ON COLUMN attendance_changes.page IS 'Page of the statement.';
COMMENT ON COLUMN attendance_changes.char_start IS 'Start of the statement in the document''s text.';
COMMENT ON COLUMN attendance_changes.char_end IS 'End of the statement in the document''s text.';
COMMENT ON COLUMN attendance_changes.source_text IS 'The statement as printed.';
COMMENT ON COLUMN attendance_changes.person IS 'The member who arrives, leaves, returns or does not vote, as the list of attendance prints the name (NULL: a count only).';
COMMENT ON COLUMN attendance_changes.event IS 'arrival (present from from_item), departure (absent from from_item; printed after an item''s vote: from the next item), return (present again from from_item), not_voting (present but takes no part in the vote of from_item = to_item); NULL for counts only.';
COMMENT ON COLUMN attendance_changes.holder IS 'The member a leaving member gives a proxy to, when printed ("Départ de M. X (procuration à Mme Y)").';

CREATE TABLE IF NOT EXISTS agenda_items (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    number VARCHAR,
    title VARCHAR,
    level INTEGER,
    parent_number VARCHAR,
    position INTEGER,
    source VARCHAR,
    section_found BOOLEAN,
    section_heading VARCHAR,
    section_page INTEGER,
    section_char_start INTEGER,
    section_char_end INTEGER,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR,
    found_by VARCHAR
);
COMMENT ON TABLE agenda_items IS 'The agenda ("ordre du jour") as a tree of items, each with the body section that treats it.';
COMMENT ON COLUMN agenda_items.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN agenda_items.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN agenda_items.number IS 'The path of printed numbers: "I.2.A.1"; "3" for a flat list; empty when unnumbered.';
COMMENT ON COLUMN agenda_items.title IS 'The title as the agenda prints it.';
COMMENT ON COLUMN agenda_items.level IS 'Depth in the tree, 1 for top-level items.';
COMMENT ON COLUMN agenda_items.parent_number IS 'Number of the enclosing item, NULL at the top.';
COMMENT ON COLUMN agenda_items.position IS 'Order of the item in the agenda, from 0.';
COMMENT ON COLUMN agenda_items.source IS 'agenda (announced), added (added at the session) or body (a body section the agenda never announced).';
COMMENT ON COLUMN agenda_items.section_found IS 'Whether the body has a section treating the item.';
COMMENT ON COLUMN agenda_items.section_heading IS 'The heading of that section as printed (it may retitle the item).';
COMMENT ON COLUMN agenda_items.section_page IS 'Page where the section starts.';
COMMENT ON COLUMN agenda_items.section_char_start IS 'Start of the section in the document''s text.';
COMMENT ON COLUMN agenda_items.section_char_end IS 'End of the section in the document''s text.';
COMMENT ON COLUMN agenda_items.page IS 'Page of the agenda line.';
COMMENT ON COLUMN agenda_items.char_start IS 'Start of the agenda line in the document''s text.';
COMMENT ON COLUMN agenda_items.char_end IS 'End of the agenda line in the document''s text.';
COMMENT ON COLUMN agenda_items.source_text IS 'The agenda line as printed.';
COMMENT ON COLUMN agenda_items.found_by IS 'How the item was found: agenda (a line of the agenda), sentence (added at the session by a sentence: "ajout d''un point à l''ordre du jour : ..."), withdrawn (a point the opening withdraws, titled in brackets: "le point 8 (Vente de la parcelle) est retiré de l''ordre du jour"), numbered-heading (a body heading numbered "1.", "II -", "Point 3"), deliberation-number (a body heading with a deliberation number: "DEL2025-02", "Délibération n° 2020-038"), object (an "Objet : ..." line), list (an entry of a list of deliberations), typography (an unnumbered body heading set apart in bold, underlined, in capitals or larger), anchor (an unnumbered line found as the title of a deliberation by what follows it: "Après en avoir délibéré", "DÉCIDE", a vote).';

CREATE TABLE IF NOT EXISTS decisions (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    outcome VARCHAR NOT NULL,
    unanimous BOOLEAN,
    votes_for INTEGER,
    votes_against INTEGER,
    abstentions INTEGER,
    not_voting INTEGER,
    deliberation_number VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE decisions IS 'One decision per agenda item the assembly decided on or took note of, with the printed vote.';
COMMENT ON COLUMN decisions.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN decisions.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN decisions.item_number IS 'The agenda item decided on (agenda_items.number).';
COMMENT ON COLUMN decisions.outcome IS 'adopted, rejected, withdrawn, deferred or noted.';
COMMENT ON COLUMN decisions.unanimous IS 'True when the minutes say the decision was taken unanimously ("à l''unanimité"); false when they do not say so (counts, a majority, or no vote printed); NULL for an item withdrawn or deferred.';
COMMENT ON COLUMN decisions.votes_for IS 'Printed votes for (NULL when not printed).';
COMMENT ON COLUMN decisions.votes_against IS 'Printed votes against (NULL when not printed).';
COMMENT ON COLUMN decisions.abstentions IS 'Printed abstentions (NULL when not printed).';
COMMENT ON COLUMN decisions.not_voting IS 'Members who did not take part in the vote, when stated.';
COMMENT ON COLUMN decisions.deliberation_number IS 'The deliberation''s number when printed ("DCS2024_01", "2019-93").';
COMMENT ON COLUMN decisions.page IS 'Page of the decision statement.';
COMMENT ON COLUMN decisions.char_start IS 'Start of the decision statement in the document''s text.';
COMMENT ON COLUMN decisions.char_end IS 'End of the decision statement in the document''s text.';
COMMENT ON COLUMN decisions.source_text IS 'The decision statement as printed.';

CREATE TABLE IF NOT EXISTS individual_votes (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    person VARCHAR NOT NULL,
    vote VARCHAR NOT NULL,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE individual_votes IS 'Named votes ("Contre : 2 (Mme DECKER et M. DUTILLOY)"), kept apart from the printed counts so that a check can compare them.';
COMMENT ON COLUMN individual_votes.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN individual_votes.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN individual_votes.item_number IS 'The agenda item (agenda_items.number).';
COMMENT ON COLUMN individual_votes.person IS 'The member named.';
COMMENT ON COLUMN individual_votes.vote IS 'for, against, abstention or not_voting.';
COMMENT ON COLUMN individual_votes.page IS 'Page of the vote.';
COMMENT ON COLUMN individual_votes.char_start IS 'Start of the name in the document''s text.';
COMMENT ON COLUMN individual_votes.char_end IS 'End of the name in the document''s text.';
COMMENT ON COLUMN individual_votes.source_text IS 'The vote line as printed.';

CREATE TABLE IF NOT EXISTS decision_amounts (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    amount DECIMAL(18, 2) NOT NULL,
    unit VARCHAR,
    context VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE decision_amounts IS 'Amounts a decision commits to ("600 € HT par an"), with their context.';
COMMENT ON COLUMN decision_amounts.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN decision_amounts.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN decision_amounts.item_number IS 'The agenda item (agenda_items.number).';
COMMENT ON COLUMN decision_amounts.amount IS 'The amount, in euros.';
COMMENT ON COLUMN decision_amounts.unit IS '"€", "€ HT" or "€ TTC", with a period when printed ("€ HT par an").';
COMMENT ON COLUMN decision_amounts.context IS 'The sentence around the amount.';
COMMENT ON COLUMN decision_amounts.page IS 'Page of the amount.';
COMMENT ON COLUMN decision_amounts.char_start IS 'Start of the amount in the document''s text.';
COMMENT ON COLUMN decision_amounts.char_end IS 'End of the amount in the document''s text.';
COMMENT ON COLUMN decision_amounts.source_text IS 'The amount as printed.';

CREATE TABLE IF NOT EXISTS budget_lines (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    amendment VARCHAR,
    budget VARCHAR,
    section VARCHAR,
    side VARCHAR,
    article VARCHAR,
    chapter VARCHAR,
    operation VARCHAR,
    label VARCHAR,
    amount DECIMAL(18, 2) NOT NULL,
    chart_chapter VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE budget_lines IS 'Lines of budget amendments ("décisions modificatives", DM), one row per line, exact to the cent.';
COMMENT ON COLUMN budget_lines.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN budget_lines.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN budget_lines.item_number IS 'The agenda item that adopts the DM (agenda_items.number).';
COMMENT ON COLUMN budget_lines.amendment IS 'The amendment, e.g. "DM n°1".';
COMMENT ON COLUMN budget_lines.budget IS '"principal" or the annex budget''s name ("Eau et assainissement").';
COMMENT ON COLUMN budget_lines.section IS 'investissement or fonctionnement (exploitation for annex budgets is stored as fonctionnement).';
COMMENT ON COLUMN budget_lines.side IS 'dépense or recette.';
COMMENT ON COLUMN budget_lines.article IS 'The nature account, e.g. 6411.';
COMMENT ON COLUMN budget_lines.chapter IS 'The chapter as printed, e.g. 012.';
COMMENT ON COLUMN budget_lines.operation IS 'The operation number, when printed.';
COMMENT ON COLUMN budget_lines.label IS 'The line''s label as printed.';
COMMENT ON COLUMN budget_lines.amount IS 'Signed amount in euros, as printed ("-145 600,00" is -145600.00).';
COMMENT ON COLUMN budget_lines.chart_chapter IS 'The chapter the chart of accounts (M14/M57) gives the article; differs from chapter when the minutes disagree with it.';
COMMENT ON COLUMN budget_lines.page IS 'Page of the line.';
COMMENT ON COLUMN budget_lines.char_start IS 'Start of the line in the document''s text.';
COMMENT ON COLUMN budget_lines.char_end IS 'End of the line in the document''s text.';
COMMENT ON COLUMN budget_lines.source_text IS 'The line as printed.';

CREATE TABLE IF NOT EXISTS budget_totals (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    amendment VARCHAR,
    budget VARCHAR,
    section VARCHAR,
    side VARCHAR,
    amount DECIMAL(18, 2) NOT NULL,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE budget_totals IS 'Totals printed under DM tables, kept apart from the lines so that a check can compare them.';
COMMENT ON COLUMN budget_totals.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN budget_totals.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN budget_totals.item_number IS 'The agenda item (agenda_items.number).';
COMMENT ON COLUMN budget_totals.amendment IS 'The amendment, e.g. "DM n°2".';
COMMENT ON COLUMN budget_totals.budget IS '"principal" or the annex budget''s name.';
COMMENT ON COLUMN budget_totals.section IS 'investissement or fonctionnement, when the total is per section.';
COMMENT ON COLUMN budget_totals.side IS 'dépense or recette, when the total is per side.';
COMMENT ON COLUMN budget_totals.amount IS 'The printed total.';
COMMENT ON COLUMN budget_totals.page IS 'Page of the total.';
COMMENT ON COLUMN budget_totals.char_start IS 'Start of the total in the document''s text.';
COMMENT ON COLUMN budget_totals.char_end IS 'End of the total in the document''s text.';
COMMENT ON COLUMN budget_totals.source_text IS 'The total line as printed.';

CREATE TABLE IF NOT EXISTS membership_changes (
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    item_number VARCHAR,
    member VARCHAR NOT NULL,
    organisation VARCHAR NOT NULL,
    change VARCHAR NOT NULL,
    in_principle BOOLEAN,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE membership_changes IS 'A commune or body joining ("adhésion") or leaving ("retrait") an organisation.';
COMMENT ON COLUMN membership_changes.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN membership_changes.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN membership_changes.item_number IS 'The agenda item (agenda_items.number).';
COMMENT ON COLUMN membership_changes.member IS 'Who joins or leaves ("Commune de Sauzet").';
COMMENT ON COLUMN membership_changes.organisation IS 'What is joined or left ("Syndicat Mixte Numérian").';
COMMENT ON COLUMN membership_changes.change IS 'join or leave.';
COMMENT ON COLUMN membership_changes.in_principle IS 'True for an approval in principle ("avis de principe").';
COMMENT ON COLUMN membership_changes.page IS 'Page of the statement.';
COMMENT ON COLUMN membership_changes.char_start IS 'Start of the statement in the document''s text.';
COMMENT ON COLUMN membership_changes.char_end IS 'End of the statement in the document''s text.';
COMMENT ON COLUMN membership_changes.source_text IS 'The statement as printed.';

CREATE TABLE IF NOT EXISTS findings (
    meeting_id VARCHAR,
    document_id VARCHAR,
    "check" VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    item_number VARCHAR,
    legal_basis VARCHAR,
    evidence VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER
);
COMMENT ON TABLE findings IS 'What does not add up: one row per violation of a consistency check, with the quoted evidence and its page.';
COMMENT ON COLUMN findings.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN findings.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN findings."check" IS 'The check''s code, e.g. vote_total_mismatch, quorum_not_met.';
COMMENT ON COLUMN findings.severity IS 'error, warning or info.';
COMMENT ON COLUMN findings.message IS 'What is wrong, in French.';
COMMENT ON COLUMN findings.item_number IS 'The agenda item concerned, if any.';
COMMENT ON COLUMN findings.legal_basis IS 'The rule the check rests on (e.g. CGCT L2121-17).';
COMMENT ON COLUMN findings.evidence IS 'The quoted words that show it.';
COMMENT ON COLUMN findings.page IS 'Page of the evidence.';
COMMENT ON COLUMN findings.char_start IS 'Start of the evidence in the document''s text.';
COMMENT ON COLUMN findings.char_end IS 'End of the evidence in the document''s text.';

CREATE TABLE IF NOT EXISTS check_runs (
    meeting_id VARCHAR NOT NULL,
    "check" VARCHAR NOT NULL,
    ran BOOLEAN NOT NULL,
    reason VARCHAR,
    status VARCHAR
);
COMMENT ON TABLE check_runs IS 'Coverage: which checks ran on each session, and why a check stayed silent (no data, or data too doubtful to rely on).';
COMMENT ON COLUMN check_runs.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN check_runs."check" IS 'The check''s code.';
COMMENT ON COLUMN check_runs.ran IS 'True when the check had the data it needs and ran.';
COMMENT ON COLUMN check_runs.reason IS 'Why it did not run (e.g. no declared count), or what it could not look at when it ran.';
COMMENT ON COLUMN check_runs.status IS 'ran; no_data (the minutes lack what it needs); unverifiable (the data it relies on was read in doubt: a list cut or whose parse disagrees with its layout, most agenda items unmatched, a table read in part; or the check does not apply to the kind of document, e.g. attendance in a list of deliberations; reason says which); error (the check failed: a bug).';

CREATE TABLE IF NOT EXISTS persons (
    person_id VARCHAR PRIMARY KEY,
    scope VARCHAR NOT NULL,
    body VARCHAR,
    name VARCHAR NOT NULL,
    surname VARCHAR,
    given_names VARCHAR,
    initials VARCHAR,
    civility VARCHAR,
    resolution VARCHAR NOT NULL,
    variants VARCHAR[],
    meetings INTEGER,
    mentions INTEGER,
    first_date DATE,
    last_date DATE
);
COMMENT ON TABLE persons IS 'One row per person named in the minutes of one body, their name variants resolved across meetings ("BERNARD Jérôme" = "M. Jérôme BERNARD"). Derived: rebuilt from the stored rows by each ingest, for the bodies it wrote (pipeline/persons.py); two people are never merged on a surname alone.';
COMMENT ON COLUMN persons.person_id IS 'Stable identifier of the person (hash of the scope and the resolved name): the same person keeps it across ingests.';
COMMENT ON COLUMN persons.scope IS 'Where names were resolved: "body:" and the folded body name, or "document:" and the document when the body is unknown.';
COMMENT ON COLUMN persons.body IS 'The body the person sits in or appears before (meetings.body).';
COMMENT ON COLUMN persons.name IS 'Display name, given names then SURNAME ("Jérôme BERNARD"); "R. CAUQUIL" or "CAUQUIL" when the minutes never give more.';
COMMENT ON COLUMN persons.surname IS 'The surname as printed, NULL when the order of the words is unknown.';
COMMENT ON COLUMN persons.given_names IS 'The given names as printed, NULL when only initials or a surname were printed.';
COMMENT ON COLUMN persons.initials IS 'Initials of the given names ("JP" for Jean-Pierre), or as printed ("R" in "CAUQUIL R.").';
COMMENT ON COLUMN persons.civility IS 'The civility printed most often (M., Mme, Mlle).';
COMMENT ON COLUMN persons.resolution IS 'full_name (given names and surname known), initials (surname and initials only), ambiguous_initials (initials two people could share: kept to one meeting), surname_only (a surname no full name of the same meeting explains: kept to that meeting).';
COMMENT ON COLUMN persons.variants IS 'Every spelling of the name as written in the minutes.';
COMMENT ON COLUMN persons.meetings IS 'Number of sessions the person is named in (a body and a date: two documents of one session count once).';
COMMENT ON COLUMN persons.mentions IS 'Number of rows naming the person (person_mentions).';
COMMENT ON COLUMN persons.first_date IS 'Date of the first session naming the person.';
COMMENT ON COLUMN persons.last_date IS 'Date of the last session naming the person.';

CREATE TABLE IF NOT EXISTS person_mentions (
    person_id VARCHAR NOT NULL,
    meeting_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    source_table VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    link VARCHAR NOT NULL,
    status VARCHAR,
    vote VARCHAR,
    item_number VARCHAR,
    page INTEGER,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR
);
COMMENT ON TABLE person_mentions IS 'Each name stored in attendance, proxies, individual_votes and meetings (president, secretary), linked to its person. Derived with persons.';
COMMENT ON COLUMN person_mentions.person_id IS 'The person (persons.person_id).';
COMMENT ON COLUMN person_mentions.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN person_mentions.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN person_mentions.source_table IS 'The table holding the name: attendance, proxies, individual_votes or meetings.';
COMMENT ON COLUMN person_mentions.role IS 'attendee, substituted (replaced by a substitute), proxy_giver, proxy_holder, voter, president or secretary.';
COMMENT ON COLUMN person_mentions.name IS 'The name as stored in that table.';
COMMENT ON COLUMN person_mentions.link IS 'How the name was tied to the person: full_name (same words), same_words (same words, order unknown), initials (surname and matching initials), surname_in_meeting (a surname alone, matching the one person of that surname in the session), surname_only or ambiguous (not tied to anyone else).';
COMMENT ON COLUMN person_mentions.status IS 'For an attendee: present, absent, excused or invited (attendance.status).';
COMMENT ON COLUMN person_mentions.vote IS 'For a voter: for, against, abstention or not_voting (individual_votes.vote).';
COMMENT ON COLUMN person_mentions.item_number IS 'For a voter: the agenda item voted on.';
COMMENT ON COLUMN person_mentions.page IS 'Page of the source row.';
COMMENT ON COLUMN person_mentions.char_start IS 'Start of the source row in the document''s text.';
COMMENT ON COLUMN person_mentions.char_end IS 'End of the source row in the document''s text.';
COMMENT ON COLUMN person_mentions.source_text IS 'The words the source row was read from.';

CREATE OR REPLACE VIEW attendance_by_member AS
WITH sessions AS (
    -- one session per body and date: the PV and the CR of one session (or one file in two formats) count once
    SELECT pm.*, p.scope, coalesce(CAST(m.date AS VARCHAR), pm.meeting_id) AS session
    FROM person_mentions pm JOIN persons p USING (person_id) JOIN meetings m ON m.meeting_id = pm.meeting_id
), body_meetings AS (
    SELECT scope, count(DISTINCT session) AS n FROM sessions WHERE role = 'attendee' GROUP BY scope
), per_person AS (
    SELECT person_id,
        count(DISTINCT session) FILTER (WHERE role = 'attendee' AND status IN ('present', 'absent', 'excused')) AS listed,
        count(DISTINCT session) FILTER (WHERE role = 'attendee' AND status = 'present') AS present,
        count(DISTINCT session) FILTER (WHERE role = 'attendee' AND status = 'excused') AS excused,
        count(DISTINCT session) FILTER (WHERE role = 'attendee' AND status = 'absent') AS absent,
        count(DISTINCT session) FILTER (WHERE role = 'proxy_giver') AS proxies_given,
        count(DISTINCT session) FILTER (WHERE role = 'proxy_holder') AS proxies_held
    FROM sessions
    GROUP BY person_id
)
SELECT p.person_id, p.body, p.name, p.resolution, b.n AS body_meetings, c.listed AS meetings_listed, c.present,
    c.excused, c.absent, c.proxies_given, c.proxies_held,
    round(c.present / nullif(c.listed, 0), 3) AS attendance_rate,
    round(least(c.present + c.proxies_given, c.listed) / nullif(c.listed, 0), 3) AS present_or_represented_rate,
    p.first_date, p.last_date
FROM persons p JOIN per_person c USING (person_id) LEFT JOIN body_meetings b USING (scope)
WHERE c.listed > 0;
COMMENT ON VIEW attendance_by_member IS 'Attendance rate per member and body: of the sessions whose minutes list the member (present, absent or excused; guests left out), how many they attended. A session is a body and a date: two documents of one session count once.';
COMMENT ON COLUMN attendance_by_member.person_id IS 'The person (persons.person_id).';
COMMENT ON COLUMN attendance_by_member.body IS 'The body.';
COMMENT ON COLUMN attendance_by_member.name IS 'The person''s display name.';
COMMENT ON COLUMN attendance_by_member.resolution IS 'How sure the identity is (persons.resolution): rates of a surname_only person cover one session.';
COMMENT ON COLUMN attendance_by_member.body_meetings IS 'Sessions of the body in the warehouse whose minutes list attendees.';
COMMENT ON COLUMN attendance_by_member.meetings_listed IS 'Sessions whose attendance lists the member as present, absent or excused.';
COMMENT ON COLUMN attendance_by_member.present IS 'Sessions the member attended.';
COMMENT ON COLUMN attendance_by_member.excused IS 'Sessions the member was excused from.';
COMMENT ON COLUMN attendance_by_member.absent IS 'Sessions the member missed without excuse.';
COMMENT ON COLUMN attendance_by_member.proxies_given IS 'Sessions where the member gave a proxy.';
COMMENT ON COLUMN attendance_by_member.proxies_held IS 'Sessions where the member held a proxy.';
COMMENT ON COLUMN attendance_by_member.attendance_rate IS 'present / meetings_listed, from 0 to 1.';
COMMENT ON COLUMN attendance_by_member.present_or_represented_rate IS '(present + proxies given) / meetings_listed, capped at 1.';
COMMENT ON COLUMN attendance_by_member.first_date IS 'First session naming the member.';
COMMENT ON COLUMN attendance_by_member.last_date IS 'Last session naming the member.';

CREATE OR REPLACE VIEW attendance_by_meeting AS
WITH listed AS (
    SELECT meeting_id,
        count(*) FILTER (WHERE status IN ('present', 'absent', 'excused')) AS members_listed,
        count(*) FILTER (WHERE status = 'present') AS present_listed,
        count(*) FILTER (WHERE status = 'excused') AS excused_listed,
        count(*) FILTER (WHERE status = 'absent') AS absent_listed,
        count(*) FILTER (WHERE status = 'invited') AS invited_listed
    FROM attendance GROUP BY meeting_id
), given AS (
    SELECT meeting_id, count(*) AS proxies FROM proxies GROUP BY meeting_id
)
SELECT m.meeting_id, m.body, m.assembly, m.date, m.members_in_office, m.members_present, m.members_represented,
    coalesce(l.members_listed, 0) AS members_listed, coalesce(l.present_listed, 0) AS present_listed,
    coalesce(l.excused_listed, 0) AS excused_listed, coalesce(l.absent_listed, 0) AS absent_listed,
    coalesce(l.invited_listed, 0) AS invited_listed, coalesce(g.proxies, 0) AS proxies,
    round(coalesce(m.members_present, l.present_listed) / nullif(coalesce(m.members_in_office, l.members_listed), 0), 3) AS attendance_rate,
    m.members_in_office // 2 + 1 AS quorum_majority,
    coalesce(m.members_present, l.present_listed) >= m.members_in_office // 2 + 1 AS quorum_majority_met
FROM meetings m LEFT JOIN listed l USING (meeting_id) LEFT JOIN given g USING (meeting_id);
COMMENT ON VIEW attendance_by_meeting IS 'Attendance per session: declared counts beside the names listed, the attendance rate and the ordinary quorum (a majority of members in office). The quorum_not_met finding is the authority: it also knows the 2020-2022 temporary rule and reconvened sessions.';
COMMENT ON COLUMN attendance_by_meeting.meeting_id IS 'The session (meetings.meeting_id).';
COMMENT ON COLUMN attendance_by_meeting.body IS 'The body.';
COMMENT ON COLUMN attendance_by_meeting.assembly IS 'The assembly.';
COMMENT ON COLUMN attendance_by_meeting.date IS 'Date of the session.';
COMMENT ON COLUMN attendance_by_meeting.members_in_office IS 'Declared members in office.';
COMMENT ON COLUMN attendance_by_meeting.members_present IS 'Declared members present.';
COMMENT ON COLUMN attendance_by_meeting.members_represented IS 'Declared members represented by a proxy.';
COMMENT ON COLUMN attendance_by_meeting.members_listed IS 'Members named as present, absent or excused.';
COMMENT ON COLUMN attendance_by_meeting.present_listed IS 'Members named as present.';
COMMENT ON COLUMN attendance_by_meeting.excused_listed IS 'Members named as excused.';
COMMENT ON COLUMN attendance_by_meeting.absent_listed IS 'Members named as absent.';
COMMENT ON COLUMN attendance_by_meeting.invited_listed IS 'Guests and staff named.';
COMMENT ON COLUMN attendance_by_meeting.proxies IS 'Proxies given at the opening.';
COMMENT ON COLUMN attendance_by_meeting.attendance_rate IS 'Present (declared, else named) over members in office (declared, else named), from 0 to 1.';
COMMENT ON COLUMN attendance_by_meeting.quorum_majority IS 'Ordinary quorum: a majority of the members in office (NULL when the count is not declared).';
COMMENT ON COLUMN attendance_by_meeting.quorum_majority_met IS 'Whether the members present reach quorum_majority.';

CREATE TABLE IF NOT EXISTS document_pages (
    document_id VARCHAR NOT NULL,
    page INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    ocr BOOLEAN,
    text VARCHAR,
    ocr_confidence DOUBLE
);
COMMENT ON TABLE document_pages IS 'The text of each page as read, so that a check or a reader can quote any span of a document (char offsets index the document''s text).';
COMMENT ON COLUMN document_pages.document_id IS 'The document (documents.document_id).';
COMMENT ON COLUMN document_pages.page IS 'Page number, from 1.';
COMMENT ON COLUMN document_pages.char_start IS 'Start of the page in the document''s text.';
COMMENT ON COLUMN document_pages.char_end IS 'End of the page in the document''s text.';
COMMENT ON COLUMN document_pages.ocr IS 'True when the page''s text came from OCR.';
COMMENT ON COLUMN document_pages.text IS 'The page''s text as read (text[char_start:char_end] of the document).';
COMMENT ON COLUMN document_pages.ocr_confidence IS 'For a page read by OCR, tesseract''s confidence in its words (0-100, averaged over their characters); below 50 the page''s text is left out and the document is partial. NULL for a text layer.';

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    description VARCHAR
);
COMMENT ON TABLE schema_version IS 'The warehouse''s schema version: one row per migration applied (pipeline/migrations.py), the highest is the current one.';
COMMENT ON COLUMN schema_version.version IS 'Schema version reached.';
COMMENT ON COLUMN schema_version.applied_at IS 'When the warehouse was created at, or migrated to, that version (UTC).';
COMMENT ON COLUMN schema_version.description IS 'What the migration changed, in French.';
