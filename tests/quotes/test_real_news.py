"""Hard cases of attribution in real news outside PolNeAR (issue classes of the team's set), written for these
tests: British order, descriptions beside names, lost paragraph breaks, newspapers quoting people, names that
are also words."""

import pytest

from analysis.quotes import find_quotes


def attributions(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker mention, rule) of every attribution of a text."""
    return [(q.text, q.speaker_mention or None, q.rule) for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a description and the name beside it: the mention holds both, so the speaker resolves to the name
    ("His mother, Giselle, said her son had mimicked the game.", "her son had mimicked the game",
     "His mother, Giselle"),
    ('"We wanted it for everyone," said Opera spokeswoman, Berit Hanson.', '"We wanted it for everyone,"',
     "Opera spokeswoman, Berit Hanson"),
    # ... after "by" and after "according to", when the name ends the sentence
    ('The cancellation was described as a "farce" by the leader of the opposition, Karl Dahm.', 'as a "farce"',
     "the leader of the opposition, Karl Dahm"),
    ("The plan is a farce, according to the leader of the opposition, Karl Dahm.", "The plan is a farce",
     "the leader of the opposition, Karl Dahm"),
    ("According to the leader of the opposition, Karl Dahm was arrested.", "Karl Dahm was arrested",
     "the leader of the opposition"),
    ('"It is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC.',
     '"It is a civic commons,"', "Will Davies, senior research fellow at the IPPR"),
    ('"It is all about digital," Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.',
     '"It is all about digital,"', "Jeff Joseph, from the Consumer Electronics Association"),
    ('"It works," Authenti-corp\'s CEO, Cynthia Musselman, told the programme.', '"It works,"',
     "Authenti-corp's CEO, Cynthia Musselman"),
    # a chain of asides after the name: the organisation's own aside, a group, a party label
    ("Margaret Lindqvist, senior fellow at the Harbour Institute, a Singapore-based think tank, said the talks "
     "had stalled.", "the talks had stalled", "Margaret Lindqvist, senior fellow at the Harbour Institute"),
    ("Dana Ruiz, a fellow at the Lowell Institute, a Boston-based think tank, said the plan would fail.",
     "the plan would fail", "Dana Ruiz, a fellow at the Lowell Institute"),
    ("Sen. Maria Olsen, R-Ohio, among the lawmakers who met the minister, charged that the deal was weak.",
     "that the deal was weak", "Sen. Maria Olsen, R-Ohio, among the lawmakers who met the minister,"),
    ("Ed Vaizey, among the MPs who met the minister, said the plan was sound.", "the plan was sound",
     "Ed Vaizey, among the MPs who met the minister,"),
    # a relative clause ending in a place and its state before the cue: the name before them
    ("Jane Pike, a professor who studies trade at Ridge State University in San Marcos, Texas, said the spike was "
     "likely.", "the spike was likely", "Jane Pike"),
    # ... but an organisation with its aside after an opening phrase stays the speaker
    ("In Paris, the Lowell Institute, a Boston-based think tank, said the plan would fail.",
     "the plan would fail", "the Lowell Institute"),
    # the reported clause runs on past its quoted words: its own second verb, "such as" and a name
    ('The bank said Kelda was a "well-run lender" and represented a "big step into Asia".',
     'Kelda was a "well-run lender" and represented a "big step into Asia"', "The bank"),
    ('Mr Olsen said ties would "get worse", with the focus on conflicts such as Ukraine and Syria.',
     'ties would "get worse", with the focus on conflicts such as Ukraine and Syria', "Mr Olsen"),
    # a coordinated cue after an act of the speaker: its clause opens with a pronoun's contraction, a plain noun
    # phrase and an auxiliary, or after an addressee
    ("Mr Hale stepped down as director in April 2014 and said he’d been forced out.", "he’d been forced out",
     "Mr Hale"),
    ('Ms Ruiz did not clear the firm of wrongdoing, but said charges were "not an option" under the rules.',
     'charges were "not an option" under the rules', "Ms Ruiz"),
    ("Rep. Dana Pike came out of a meeting with colleagues and told reporters there are three bills.",
     "there are three bills", "Rep. Dana Pike"),
    # a degree word before the adverb between the speaker and the cue
    ("The minister later more forcefully claimed that the strike was aimed at an imminent attack.",
     "that the strike was aimed at an imminent attack", "The minister"),
    # an aside between two dashes (a double hyphen is one) before the cue: the name before it speaks
    ("Rep. Dana Pike, D-Mich. -- who flipped a district in 2018 -- told Fox News that she was weighing the evidence.",
     "that she was weighing the evidence", "Rep. Dana Pike"),
    ("Sen. Dana Pike -- a frequent critic who will leave office in January -- announced he would not vote.",
     "he would not vote", "Sen. Dana Pike"),
    # quoted words after a dash are the speaker's; a dash that opens a list item is no content
    ('Ms Ruiz said the museum would tell the stories of the overlooked -- "the porter, the slave, the maid."',
     'the museum would tell the stories of the overlooked -- "the porter, the slave, the maid."', "Ms Ruiz"),
    ('Mr Hale said the death \u2014 and the outrage around it \u2014 calls for a "national awakening".',
     'the death \u2014 and the outrage around it \u2014 calls for a "national awakening"', "Mr Hale"),
    ("-- The death toll now stands at about 105, according to health officials.",
     "The death toll now stands at about 105", "health officials"),
    # a dash after quoted words that closes an aside a dash opened is no end of the content
    ('Mr Hale added that the law \u2013 known as \u201cTaubira law\u201d \u2013 was imposed on the French people.',
     'that the law \u2013 known as \u201cTaubira law\u201d \u2013 was imposed on the French people', "Mr Hale"),
    ('Ms Ruiz said the economy -- and the "languishing recovery" -- will remain a top issue in the fall.',
     'the economy -- and the "languishing recovery" -- will remain a top issue in the fall', "Ms Ruiz"),
    # ... nor a dash after quoted words that opens a short aside a dash closes, the clause going on after it
    ('Mr Nunes said the team had their names “unmasked” — or revealed — during the surveillance.',
     'the team had their names “unmasked” — or revealed — during the surveillance', "Mr Nunes"),
    ('Ms Ruiz said robots need lessons on "robotiquette" - how to behave socially - so they can mix with humans.',
     'robots need lessons on "robotiquette" - how to behave socially - so they can mix with humans', "Ms Ruiz"),
    # (a guard: a name and an auxiliary after the closing dash open the sentence's own clause)
    ('Ms Ruiz said the attack started "spontaneously" -- rather than being planned -- Mr Sullivan was busy with '
     "transcripts.", 'the attack started "spontaneously"', "Ms Ruiz"),
    # a non-restrictive "which" after an organisation's name: the name speaks, the clause ends before the main verb
    ('The IAAF - which said it was "very surprised" by the decision - is deciding whether to appeal.',
     'it was "very surprised" by the decision', "The IAAF"),
    ("The firm hired the Harbour Institute, which said last week that the plan was sound.",
     "that the plan was sound", "the Harbour Institute"),
    ("Mr Hale, who said he was surprised by the ruling, will appeal.", "he was surprised by the ruling", "who"),
    # (the main verb an irregular past before a preposition)
    ("Trump, who said taxes would fall, went to Ohio on Monday.", "taxes would fall", "who"),
    ('The singer, who is said to have skipped classes, went to Yale.', "who to have skipped classes", None),
    # a short adjunct after a speech cue, then a clause with its own subject: the adjunct opens the content
    ("Ms Ruiz also said during the campaign she would let states chart their own course.",
     "during the campaign she would let states chart their own course", "Ms Ruiz"),
    ("Ms Ruiz said after speaking with precinct captains, the campaign believes it won two delegates.",
     "after speaking with precinct captains, the campaign believes it won two delegates", "Ms Ruiz"),
    ('Mrs. Ruiz said as president she would be "devoted to the agreement."',
     'as president she would be "devoted to the agreement."', "Mrs. Ruiz"),
    # two described speakers joined by "and", after the content or opening the sentence
    ("The ceasefire was holding on Sunday, a monitor and two rebel officials said.",
     "The ceasefire was holding on Sunday", "a monitor and two rebel officials"),
    ("The CIA and other intelligence agencies have concluded that the vote was targeted.",
     "that the vote was targeted", "The CIA and other intelligence agencies"),
    # a floating "each" between the speakers and the cue; a dossier speaks like a report
    ("Dana Pike of Ohio and Lee Ruiz of Iowa each suggested the rules may go too far.",
     "the rules may go too far", "Dana Pike of Ohio and Lee Ruiz of Iowa"),
    ("The bureau had relied on a dossier that said the firm was a front.", "the firm was a front", "a dossier"),
    # a document after a participle that gives it out, then a relative pronoun: the document speaks
    ("The parliament softened its demands, issuing a statement which says the winner must be known.",
     "the winner must be known", "a statement"),
    # an adjunct with a possessive before "that": the content opens at "that"
    ("Mr Hale said at Thursday's hearing that he is no longer registered.", "that he is no longer registered",
     "Mr Hale"),
    ('The president said during the White House meeting that he is "totally open" to an alternative.',
     'that he is "totally open" to an alternative', "The president"),
    ("Saudi Arabia said in May that four oil tankers were sabotaged.", "that four oil tankers were sabotaged",
     "Saudi Arabia"),
    # a relative aside opening with a contraction ("who's")
    ("House Speaker Dana Pike, who's trying to keep the majority, said in a statement that he backed the plan.",
     "that he backed the plan", "House Speaker Dana Pike"),
    # an opening adjunct without its comma, then a role and a name, or a title and a name
    ("In October Tory leader Michael Howard said Mr Blair would be running scared.",
     "Mr Blair would be running scared", "Tory leader Michael Howard"),
    ("On Tuesday Putin's spokesman Dmitry Peskov said the Kremlin saw no evidence.", "the Kremlin saw no evidence",
     "Putin's spokesman Dmitry Peskov"),
    ("In her statement Ms. Napolitano said her department will stop the removals.",
     "her department will stop the removals", "Ms. Napolitano"),
    # a capitalised modal before a cue in the past or in -s is a name ("May said"), not "may say"
    ("May insisted on Friday that her country would have no limit on trade deals.",
     "that her country would have no limit on trade deals", "May"),
    ("The administration in May said it wanted a smaller deficit.", "it wanted a smaller deficit",
     "The administration"),
    # an opening participle with "to" and a determiner is no speaker: the subject after its comma is
    ("Turning to the economy, the chancellor promised to keep growth steady.", "to keep growth steady",
     "the chancellor"),
    # an opening participle phrase before an inverted cue: what follows the speaker is what was said
    ("Based on these factors, said Mr Hale, the race was moving his way.", "the race was moving his way",
     "Mr Hale"),
    # a verb form in -s before "of" is no plural noun when it is only a verb ('says of', not 'reports of')
    ('"I hoped for change and never saw it," Mengel says of the Obama years.',
     '"I hoped for change and never saw it,"', "Mengel"),
    # a gerund phrase in commas between the speaker and the cue
    ('And Ms Ruiz, in arguing that money should shift to the states, said: "I trust the governors."',
     '"I trust the governors."', "Ms Ruiz"),
    ("Mr Hale said during his nearly 22 years in Parliament he had seen leaders come and go.",
     "during his nearly 22 years in Parliament he had seen leaders come and go", "Mr Hale"),
    # a time adjunct with "the" between the speaker and the cue
    ("A survey from 2003 showed that most graduates failed the test.", "that most graduates failed the test",
     "A survey"),
    ("A poll from last week showed that most voters backed the plan.", "that most voters backed the plan", "A poll"),
    # a figure after the cue is no inverted speaker, whatever its digits; a figure added after a dash is no content
    ("The study, which was published Monday, found 60% of women hold degrees.", "60% of women hold degrees",
     "The study"),
    ("An estimated 23 percent of abortions were nonsurgical, the study found \u2014 up from 17 percent in 2008.",
     "An estimated 23 percent of abortions were nonsurgical", "the study"),
    ("Turkey over the weekend said it will soon release its findings.", "it will soon release its findings",
     "Turkey"),
    # a description, then a name in commas whose given name is spelt like a verb, before "told" and a title
    ("Her top aide, Drew Hammill, told The Chronicle that any leader would be a target.",
     "that any leader would be a target", "Her top aide, Drew Hammill"),
    # a gerund after "to" with its clause speaks like an infinitive
    ("Ms Ruiz pivoted to arguing that the epidemic was one more reason to act.",
     "that the epidemic was one more reason to act", "Ms Ruiz"),
    # adverbs in -ly between "to" and the cue: still the infinitive of the subject
    ("Trump continued to publicly deny that Moscow intervened.", "that Moscow intervened", "Trump"),
    ("She went on to forcefully argue that the law was unfair.", "that the law was unfair", "She"),
    # "... and said" after a subordinate clause that opens the sentence with a cue of its own: the main clause's
    # subject says it
    ("While critics were praising the plan, McCarthy went on television and said it would fail.", "it would fail",
     "McCarthy"),
    ("In February, when many Republicans were dismissing his bid, McCarthy went on MSNBC and said he thought Trump "
     "had a good chance.", "he thought Trump had a good chance", "McCarthy"),
    # evaluations of a claim: refuting, downplaying
    ("But he refuted suggestions that the industry had been too slow.",
     "suggestions that the industry had been too slow", "he"),
    ("Bennett downplayed the idea that the aide could bring the presidency down.",
     "the idea that the aide could bring the presidency down", "Bennett"),
    # "according to" after a dash, a quotation after its source: the quotation is what the source says
    ('The US has been in Afghanistan for 17 years - according to historian Andrew Bacevich, "pursuing the bad guys."',
     '"pursuing the bad guys."', "historian Andrew Bacevich"),
    # "in the words of X" gives a source like "according to": the clause before it, or the quotation after it
    ("In the words of one analyst, the deal is dead.", "the deal is dead", "one analyst"),
    ('The party has radicalized to the point of becoming, in the words of two scholars, "dismissive of its rivals."',
     '"dismissive of its rivals."', "two scholars"),
    # a cue word after "or" or in -ing after "and" is the reported clause's own verb, not the speaker's next one
    ('The publisher said "vlog" was the word readers asked to have defined or explained most often this year.',
     '"vlog" was the word readers asked to have defined or explained most often this year', "The publisher"),
    ('Mr Hale said he began calling local groups and making an effort to "get eyes up" over the compound.',
     'he began calling local groups and making an effort to "get eyes up" over the compound', "Mr Hale"),
    # a role with "and" inside; an earlier belief verb ("can understand") does not take the sentence
    ("Games should carry warnings so parents can understand what children play, the trade and industry "
     "secretary has said.", "Games should carry warnings so parents can understand what children play",
     "the trade and industry secretary"),
    ("He sold the car and police said he fled.", "he fled", "police"),
    # "maintain" reports only with "that" (issue 15's missing cue), not "maintains a record"
    ("But opponents maintain that going cashless is discriminatory.", "going cashless is discriminatory",
     "opponents"),
    # a name closing on an abbreviation's full stop speaks ("Inc.", "Jr."), not a date ("a Nov. 16 report")
    ("Altria Inc. said Tuesday it had net income of $2 billion.", "it had net income of $2 billion", "Altria Inc."),
    ("Attorney General Eric H. Holder Jr. said the decision was his.", "the decision was his",
     "Attorney General Eric H. Holder Jr."),
    # the content opens at the first "that" after the addressee, not at a later one inside it
    ("A spokesman told The Hill that any motion that saw a tie would fail.", "that any motion that saw a tie would fail",
     "A spokesman"),
    # an opening phrase is no content; "queried" reports a question
    ("Ahead of the meeting, Kerry warned Congress against new sanctions.", "Congress against new sanctions", "Kerry"),
    ("Some analysts also queried whether the bank had overpaid.", "whether the bank had overpaid",
     "Some analysts"),
    # the writer's summary after the content is no part of it, nor is its relative clause the content
    ("Trump has vowed to exit the Paris accord, a stance that Macron criticised.", "to exit the Paris accord",
     "Trump"),
    ("Trump said in Ohio, a swing state, that he would win.", "that he would win", "Trump"),
    # an attribution set off by commas inside the clause it reports: both halves are the content (two spans)
    ("There was no evidence, the bank said, of a slowdown in spending.",
     "There was no evidence of a slowdown in spending", "the bank"),
    ("The economy, the minister said, would grow by 2% next year.", "The economy would grow by 2% next year",
     "the minister"),
    ("Survival, Mr. VandeHei says, depends on giving readers what they want.",
     "Survival depends on giving readers what they want", "Mr. VandeHei"),
    # ... a plural subject and its bare verb too, after an opening adverb ("turn", "cut": no ending says "verb")
    ("Surrogate pregnancies, the bishop said, turn women into commodities.",
     "Surrogate pregnancies turn women into commodities", "the bishop"),
    # ... a clause on each side, joined by the attribution alone, or an opening subordinate clause with commas in it
    ("McChrystal was a good leader, the individual says, Flynn had a tendency to bully anyone who disagreed.",
     "McChrystal was a good leader Flynn had a tendency to bully anyone who disagreed", "the individual"),
    ("If they didn't, the senator said, it would be proof they have something to hide.",
     "If they didn't it would be proof they have something to hide", "the senator"),
    # (guard: the writer's appositive on the sentence after the attribution is no clause of the speaker's)
    ("Bullock is expected to name Walsh to the seat, Democratic sources said, a move that could give him a lead.",
     "Bullock is expected to name Walsh to the seat", "Democratic sources"),
    # ... a word quoted inside the first half too (not an interrupted quotation)
    ('Part of the reason that these "bot nets" spread so fast, he said, was a change in the way viruses were made.',
     'Part of the reason that these "bot nets" spread so fast was a change in the way viruses were made', "he"),
    ("Moreover, the new rules and the old ones, the minister said, cut costs by half.",
     "Moreover, the new rules and the old ones cut costs by half", "the minister"),
    # ... a cue form after the aside is the interrupted clause's verb, no attribution of its own (an imperative too)
    ("Trump, Cruz said, supports the same trajectory of policy.", "Trump supports the same trajectory of policy",
     "Cruz"),
    ("If the bill passes, the senator said, expect a long fight in the courts.",
     "If the bill passes expect a long fight in the courts", "the senator"),
    ("There was, according to Gartner, evidence that sales were falling.",
     "There was evidence that sales were falling", "Gartner"),
    # ... and a phrase of the clause before an inverted attribution, then the rest of the clause
    ("But in some cases, said the report, viewers were able to watch the episodes first.",
     "But in some cases viewers were able to watch the episodes first", "the report"),
    # ... and when a place, time or medium of the attribution comes before its closing comma
    ("The same dynamic could hold in the new suit, Wright said in an email to the paper, with information "
     "coming to light in court.", "The same dynamic could hold in the new suit with information coming to light in "
     "court", "Wright"),
    ("The problem, he added at a briefing on Monday, is that the enemy always has a say.",
     "The problem is that the enemy always has a say", "he"),
    ("The bank's comments, said Jun Tanaka of Mizuho in Tokyo, were too weak to move the market.",
     "The bank's comments were too weak to move the market", "Jun Tanaka of Mizuho"),
    ('The law, said Kennedy, had "the purpose and effect to injure" the couples.',
     'The law had "the purpose and effect to injure" the couples', "Kennedy"),  # a quotation inside the second
    # an attribution between a clause and ", and" with a verb or a clause: the clause goes on after it
    # an abbreviation's point before the comma of a closing attribution (not a name's: see the headlines' table)
    ("The contract covers 100 workers in stores in Everett, Mass., according to the Communications Workers of "
     "America, one of the unions.", "The contract covers 100 workers in stores in Everett, Mass",
     "the Communications Workers of America"),
    ("He had no known political affiliations, the airline added, and had passed all security checks.",
     "He had no known political affiliations and had passed all security checks", "the airline"),
    ("Her eyes widened, he said, and she gripped his hands tensely.",
     "Her eyes widened and she gripped his hands tensely", "he"),
    ("It will take until August, he says, and only then will he be able to leave.",
     "It will take until August and only then will he be able to leave", "he"),
    ("Act before the election, they said, and you risk being seen as partisan.",
     "Act before the election and you risk being seen as partisan", "they"),
    ("He is leaning toward Kasich, he said, because he prizes electability.",
     "He is leaning toward Kasich because he prizes electability", "he"),
    # a partitive subject ("most of", "20,000 of") opens a clause after ", and"; a quotation after ", and" goes on too
    ("An episode was downloaded by 100,000 people, said the report, and an estimated 20,000 of those were in the UK.",
     "An episode was downloaded by 100,000 people and an estimated 20,000 of those were in the UK", "the report"),
    ("Many visitors were older, she said, and ''I had to step back and think.''",
     "Many visitors were older and ''I had to step back and think.''", "she"),
    # (not a noun phrase after ", and": the writer's, the clause before is what was said)
    ("The plan was popular, he said, and a meeting of the leaders followed.", "The plan was popular", "he"),
    # "until", "unless" or "since" and a clause go on with it too; not "though" (the writer's caveat), nor "as"
    ("The firm was a giant, Mr. Clarke said, until it went bankrupt in 1999.",
     "The firm was a giant until it went bankrupt in 1999", "Mr. Clarke"),
    ("The plan hurt him with young voters, Graham said, since most of them accept that the climate is changing.",
     "The plan hurt him with young voters since most of them accept that the climate is changing", "Graham"),
    ("Trump will stop in Paris, the White House said, though they did not name the day.", "Trump will stop in Paris",
     "the White House"),
    ("The firm was a giant, Mr. Clarke said, as he left the court.", "The firm was a giant", "Mr. Clarke"),
    # an opening infinitive of purpose before the attribution belongs to the clause after it; "To be sure" opens
    ("To understand the real history, Judge Roberts said, one should visit this museum.",
     "To understand the real history one should visit this museum", "Judge Roberts"),
    ("To be sure, Judge Roberts said, the museum is small.", "the museum is small", "Judge Roberts"),
    # an attribution set off inside a relative clause: the relative clause is what was said, not the sentence
    ("The park is near the stadium, which, Tompkins said, is usually full of families on game days.",
     "which is usually full of families on game days", "Tompkins"),
    ("Trump nominated four club members, most recently Lana Marks, who, the White House said, is his pick for envoy.",
     "who is his pick for envoy", "the White House"),
    # a relative clause with a speech cue of its own after an object is a claim of its own about the object
    ("Trump cited Obama-Clinton policies, which he said had harmed the economy.", "Obama-Clinton policies", "Trump"),
    ("Blair praised his chancellor for his role in creating stability, which he said was the cornerstone of the "
     "programme.", "which was the cornerstone of the programme", "he"),
    ("McConnell said he would defer the response to Rubio, who slammed Obama for the change.",
     "Obama for the change", "who"),
    ("McConnell said he would defer the response to Rubio, who slammed Obama for the change.",
     "he would defer the response to Rubio", "McConnell"),
    # (but not a relative clause inside the content's subject)
    ("Wilson said that Ms Johnson, who is expecting a child, had broken down in tears.",
     "that Ms Johnson, who is expecting a child, had broken down in tears", "Wilson"),
    # a participle of the opening clause's subject after a time adjunct, or after "And even"; its addressee no content
    ("She escalated her criticism on Tuesday, telling CNN that Trump is a faker.", "that Trump is a faker", "She"),
    ("And even Obama tried to help them off the hook, noting that he would demur too.", "that he would demur too",
     "Obama"),
    # a coordinated cue after a quotation reports what follows it
    ("Jessie Elkins had served in Vietnam - ''13 months in living hell'' - and said he was convinced it would end.",
     "he was convinced it would end", "Jessie Elkins"),
    # a possessor before a cue spelt as a noun or participle is the speaker, not the clause around it
    ("Missing is the cost of funding the administration's proposed overhaul of pensions.", "overhaul of pensions",
     "the administration's"),
    ("A friend of Reade's said that Reade had told her about it.", "that Reade had told her about it",
     "A friend of Reade's"),
    # "according to" set off after a clock time, or after a conjunction; a participle and its agent in the source
    ("About 10:03 p.m., according to a congressional timeline, the contractors left for the compound.",
     "About 10:03 p.m. the contractors left for the compound", "a congressional timeline"),
    ("He will go to the debate, because, according to Trump, the media would call him a chicken.",
     "the media would call him a chicken", "Trump"),
    ("Trump threatened a major lawsuit, according to a copy of the letter reviewed by The Post.",
     "Trump threatened a major lawsuit", "a copy of the letter reviewed by The Post"),
    # an accusation by an agent before what the accused is accused of; a floating "both" after a coordinated subject;
    # an addressee of a participle of telling
    ("Singleton was accused by author Danielle Young of making advances.", "of making advances",
     "author Danielle Young"),
    ("The lawyer and the star both denied the report.", "the report", "The lawyer and the star"),
    ("Mueller acknowledged his role, telling lawmakers he cannot answer questions.", "he cannot answer questions",
     "Mueller"),
    # an organisation's acronym with a bare verb and a pronoun's clause: a British plural
    ("The RSPCA say they will monitor hunts.", "they will monitor hunts", "The RSPCA"),
    # another share of the same people after a comma speaks for itself; content ends before ", however" and a clause
    ("Among young voters, 42% say they're liberal, 32% call themselves conservative on race.",
     "they're liberal", "42%"),
    ("In 2012, 47 percent said they would vote for Clinton, however this time that number has dropped to 35 percent.",
     "they would vote for Clinton", "47 percent"),
    # reported speech without quotation marks ends before ", but" and a new subject with a finite verb (the writer's)
    ("Many speculated that he might fail to turn out his supporters, but the turnout in Iowa was higher than forecast.",
     "that he might fail to turn out his supporters", "Many"),
    ("Officials said the plan would pass, but Biden faring much better with young voters.",
     "the plan would pass, but Biden faring much better with young voters", "Officials"),
    ("Graham praised Trump for sticking with Kavanaugh even as some Republicans started to waver.",
     "Trump for sticking with Kavanaugh", "Graham"),
    # a role of up to six lower-case words before the name after an inverted cue
    ('"It really is hilarious," said former federal appeals court judge Michael McConnell.',
     '"It really is hilarious,"', "former federal appeals court judge Michael McConnell"),
    # ... "of" after a role's head, a relative clause with a cue of its own after the name
    ('"The first line of defense is within the community," said former secretary of state Hillary Clinton, who '
     'praised Bush for reaching out to Muslims.', '"The first line of defense is within the community,"',
     "former secretary of state Hillary Clinton"),
    # a day's name between the article and the head of an inverted speaker
    ('"There are invertebrates with more spine," reads a Wednesday editorial in The Register.',
     '"There are invertebrates with more spine,"', "a Wednesday editorial"),
    # "yes" or "no" after the cue is the answer said, however short
    ("Asked whether Clinton has the integrity, 75 percent of Democrats said yes, but 55 percent of all voters say "
     "she does not.", "yes", "75 percent of Democrats"),
    ("Asked on Monday whether the White House had pushed back on the statements, spokesman John Kirby said no.",
     "no", "spokesman John Kirby"),
    # "according to X" set off inside a clause after a time phrase, or before a sum: the source vouches for it all
    ("But the next day, according to Mr Cole, the firm made further demands.",
     "But the next day the firm made further demands", "Mr Cole"),
    ("The firm receives, according to one report, $234 million in contracts.",
     "The firm receives $234 million in contracts", "one report"),
    # ... from the last clause joined by a dash or semicolon and "and" or "but"
    ("He had a rally that night - and the permit, his campaign said, had been hard to get.",
     "the permit had been hard to get", "his campaign"),
    # a participle with its preposition after an inverted speaker is part of the speaker
    ("This is a key requirement, said a Senate aide involved in drafting the bill, in order to assure fairness.",
     "This is a key requirement in order to assure fairness", "a Senate aide involved in drafting the bill"),
    # a noun modifier in -ing inside a speaker's description ("managing director", "network monitoring company")
    ("Prices will keep rising, said managing director Ann Ortiz.", "Prices will keep rising",
     "managing director Ann Ortiz"),
    ("Online gaming could spell problems for net firms, warns network monitoring company Sandvale.",
     "Online gaming could spell problems for net firms", "network monitoring company Sandvale"),
    # ... also after the inverted speaker's appositive
    ("The problem they face, said Ann Ortiz, head of a messaging firm, is teaching people to use the phones.",
     "The problem they face is teaching people to use the phones", "Ann Ortiz"),
    # ... but not an adjunct of the cue, a clause of the writer's own, or an appositive of the speaker
    ("Prices will rise, the minister said, in a speech in Leeds.", "Prices will rise", "the minister"),
    ("Prices will rise, the minister said, but the bank disagreed.", "Prices will rise", "the minister"),
    ("Mr Hale offered a new plan, his office said, but it gave no details.", "Mr Hale offered a new plan",
     "his office"),
    ("The talks went well, he said, but declined to elaborate.", "The talks went well", "he"),
    ("One of the dead was a citizen, police said, but it was not immediately clear who he was.",
     "One of the dead was a citizen", "police"),
    ("One of the dead was a citizen, police said, but it\u2019s unclear who he was.", "One of the dead was a citizen",
     "police"),
    # ... while a clause of its own subject and an auxiliary after ", but" goes on with what was said
    ("The new walls have done a fantastic job, Mr Tate said, but more is needed.",
     "The new walls have done a fantastic job but more is needed", "Mr Tate"),
    ("The firm should not censor, he says, but it should build monitoring teams.",
     "The firm should not censor but it should build monitoring teams", "he"),
    ("Ms Lane might be the best qualified, he says, but she hasn\u2019t been good for schools.",
     "Ms Lane might be the best qualified but she hasn\u2019t been good for schools", "he"),
    ("That is a risk, said Sen. Ann Walker, but it\u2019s more important to stand up for our rights.",
     "That is a risk but it\u2019s more important to stand up for our rights", "Sen. Ann Walker"),
    ("Sharing cannot stop, said Mark Weiss, president of StreamCast.", "Sharing cannot stop", "Mark Weiss"),
    # ... however long the appositive
    ("Using a mobile phone is the next step, said Gerhard Romen, head of market development at Nokia.",
     "Using a mobile phone is the next step", "Gerhard Romen"),
    ("The news hit the region hard, said Steve Love, president and chief executive of the hospital council.",
     "The news hit the region hard", "Steve Love"),
    ("The trend is down, says Tod Burke, a criminologist at Radford University.", "The trend is down",
     "Tod Burke"),
    # before an inverted attribution, an opener followed by a clause is content
    ("While under fire from the left, police became more Republican, said Jim Pasco, a union director.",
     "While under fire from the left, police became more Republican", "Jim Pasco"),
    ("But in the simplicity of their fellowship is a political truth, says Kathy Cramer.",
     "But in the simplicity of their fellowship is a political truth", "Kathy Cramer"),
    # "the left" is a political side, "left" after a subject a verb
    ("The left believes Sanders has a chance, but notes that obstacles remain.", "Sanders has a chance",
     "The left"),
    ("The senator left, saying the vote was rigged.", "the vote was rigged", "The senator"),
    # a cue inside the speaker's relative clause does not swallow the main attribution
    ("Sen. Joe Manchin, who hadn't decided how to vote, said the bill was flawed.", "the bill was flawed",
     "Sen. Joe Manchin"),
    ("One Democratic donor, who requested anonymity to discuss the race, said Biden will face questions.",
     "Biden will face questions", "One Democratic donor"),
    # "As X argued in <a short adjunct>, <main clause>": the main clause is what X says, the adjunct no content
    ("As Dana Pike argued in a recent New York Times op-ed, the debt is held by graduates of top colleges.",
     "the debt is held by graduates of top colleges", "Dana Pike"),
    # "..., as X told Y": what comes before "as" is what X said ("as" never ends content)
    ("The plan will fail, as Dana Pike told the Journal.", "The plan will fail", "Dana Pike"),
    ('The loans came to light in April, as Breitbart News reported, after several groups complained.',
     "The loans came to light in April", "Breitbart News"),
    # a participle after the attribution continues its speaker; it is no closing attribution that takes the sentence
    ("Joe Biden's campaign said Monday that he does not support defunding police, seeking to distance him from the left.",
     "that he does not support defunding police", "Joe Biden's campaign"),
    ("The ministry announced late Tuesday that the talks would resume, hoping to find common ground.",
     "that the talks would resume", "The ministry"),
    ("The ministry announced late Tuesday that the talks would resume, hoping to find common ground.",
     "to find common ground", "The ministry"),
    # a wire dateline before the sentence's subject
    ("(Reuters) - Democratic hopeful Dana Pike said on Thursday she would consider releasing offenders, vowing to "
     "use the pardon power.", "she would consider releasing offenders", "Democratic hopeful Dana Pike"),
    # a naming participle before the sentence's cue gives a name, it says nothing
    ('"People fled and left everything behind," a local named Maher told The Associated Press, recounting his flight.',
     '"People fled and left everything behind,"', "a local named Maher"),
    # a noun cue after a preposition behind another cue is where that one spoke, no attribution of its own
    ("Mr Hale said in his report that he examined an allegation by the firm.",
     "that he examined an allegation by the firm", "Mr Hale"),
    # a quotation inside the clause before a plural noun is no closing attribution ('"slashed" ... requests')
    ('Rep. Dana Pike repeatedly said Congress had "slashed" diplomatic security requests.',
     'Congress had "slashed" diplomatic security requests', "Rep. Dana Pike"),
    ('Mr Hale told them he was "with them," said press secretary Lee Ruiz.', 'Mr Hale told them he was "with them,"',
     "press secretary Lee Ruiz"),
    # a closing speech cue reports the whole sentence; the opening speaker's words are nested in it
    ("Tillis suggested he could be open to backing the president, said two people familiar with his comments.",
     "he could be open to backing the president", "Tillis"),
    ("Tillis suggested he could be open to backing the president, said two people familiar with his comments.",
     "Tillis suggested he could be open to backing the president", "two people familiar with his comments"),
    ("Several years ago, Ms Ruiz had suggested she would resign should her health fail, Mr Hale said.",
     "Several years ago, Ms Ruiz had suggested she would resign should her health fail", "Mr Hale"),
    # a belief or intention opening the sentence is part of what the closing speaker says
    ("Lycos did not want to use e-mail to fight back, said Mr Pollmann.",
     "Lycos did not want to use e-mail to fight back", "Mr Pollmann"),
    ("Privately ministers believe this will be the less painful option, our correspondent added.",
     "Privately ministers believe this will be the less painful option", "our correspondent"),
    ("The report found that the man fired three rounds at the officer, Dotson said.",
     "The report found that the man fired three rounds at the officer", "Dotson"),
    # an opening phrase and its comma, then a clause: the whole is the content of a closing attribution
    ("In China, one person died in Tibet, local media said.", "In China, one person died in Tibet", "local media"),
    ("In all, the host committee raised $57 million, Federal Election Commission records show.",
     "In all, the host committee raised $57 million", "Federal Election Commission records"),
    # a participle aside after "according to X" is part of the source
    ("According to the report, published by the Institute for Fiscal Studies, taxes would have to rise.",
     "taxes would have to rise", "the report, published by the Institute for Fiscal Studies"),
    ("Retail sales rose 2% in January, according to the survey, conducted by Ipsos for the BBC.",
     "Retail sales rose 2% in January", "the survey, conducted by Ipsos for the BBC"),
    # a two-word clause before a closing attribution is its content
    ("Unemployment fell, the Office for National Statistics (ONS) said.", "Unemployment fell",
     "the Office for National Statistics"),
    # after "told the X", a pronoun opens the reported clause
    ("Snowden told the Post he was not going to hide.", "he was not going to hide", "Snowden"),
    ("Lindsay told the BBC it was not yet a done deal.", "it was not yet a done deal", "Lindsay"),
    # a closing "told" and its addressee: the clause before is the content, not the addressee
    ("He had been completing his second year, a school spokesman told The Wall Street Journal.",
     "He had been completing his second year", "a school spokesman"),
    ("This includes a special force, Defense Secretary Ash Carter told a Senate panel Wednesday.",
     "This includes a special force", "Defense Secretary Ash Carter"),
    # an opening cue under a modal or a negation is no statement: the closing attribution reports it
    ("The president will not necessarily insist on funding for a wall, a senior aide said on Tuesday.",
     "The president will not necessarily insist on funding for a wall", "a senior aide"),
    ("In a speech at 9 p.m., Mr. Obama will tell Americans that the threat is a priority, aides said.",
     "In a speech at 9 p.m., Mr. Obama will tell Americans that the threat is a priority", "aides"),
    # a cue spelt as a noun, its agent after "by" or "from", and a that-clause
    ("The move follows claims by campaigners that the tests are unfair.", "that the tests are unfair",
     "campaigners"),
    ("Democrats are highlighting estimates by the Congressional Budget Office that the cuts could cost jobs.",
     "that the cuts could cost jobs", "the Congressional Budget Office"),
    # a passive "was quoted by X as saying": the subject speaks, not the newspaper
    ("Mr Lee was quoted by the Guardian as saying that the plan was dead.", "that the plan was dead", "Mr Lee"),
    # "As X reported," then a subordinate clause and the main clause: both are what X reported
    ("As the Post reported, even if Sanders split the delegates, he would need 55 percent of the rest.",
     "even if Sanders split the delegates, he would need 55 percent of the rest", "the Post"),
    # the writer's summary after the attribution is no content: the words before are
    ("Deficits will end this year, the Congressional Budget Office reported on Tuesday -- a development that "
     "could complicate the race.", "Deficits will end this year", "the Congressional Budget Office"),
    ("An extension would cost $150 billion, the administration estimates, an amount that would add to the deficit.",
     "An extension would cost $150 billion", "the administration"),
    # an absolute phrase after "with": its noun phrase speaks through the participle
    ("Democrats turned out in record numbers, with exit polls showing that many came to protest.",
     "that many came to protest", "exit polls"),
    ("The race is close, with 23 percent saying it doesn't matter.", "it doesn't matter", "23 percent"),
    # a cue spelt as a noun after "of the" ends a speaker's post-modifier
    ("Officials with knowledge of the talks said the deal was close.", "the deal was close",
     "Officials with knowledge of the talks"),
    # "with" and a titled name before a participle cue: that person speaks
    ("Control of Congress is up for grabs, with Mr. McConnell saying on Sunday that he had a chance.",
     "that he had a chance", "McConnell"),
    ("The White House backtracked, with press secretary Sarah Sanders saying that no decision was made.",
     "that no decision was made", "Sarah Sanders"),
    # so is an act the opening subject did or offered, when the closing attribution ends the sentence
    ("Mr Hale offered a counter proposal on Tuesday, his office said, but it gave no details.",
     "Mr Hale offered a counter proposal on Tuesday", "his office"),
    ("The ministry then offered a new proposal lowering its figure, sources told Fox Business.",
     "The ministry then offered a new proposal lowering its figure", "sources"),
    ("Judges ordered the former minister released in one of the cases, the Associated Press reports.",
     "Judges ordered the former minister released in one of the cases", "the Associated Press"),
    # ... not a parenthetical attribution inside the sentence: the opening speaker keeps it
    ("The charter highlights the value of shore leave and, therefore, it says, to safer shipping.",
     "the value of shore leave and, therefore, it says, to safer shipping", "The charter"),
    # a cue spelt like a noun after an article is a noun ("a long-term plan"), after a plural subject a verb
    ('When asked for a long-term plan to tackle the outbreak, Trump demurred, saying, "We have plans."',
     '"We have plans."', "Trump"),
    ("Officials in the city plan to close the road.", "to close the road", "Officials in the city"),
    ("Mr Ayers has signaled to donors that Mr Pence wants to be ready.", "that Mr Pence wants to be ready",
     "Mr Ayers"),
    # names and nouns that look like other words
    ('"It is impossible to describe our pain," the family said.', '"It is impossible to describe our pain,"',
     "the family"),
    ("His family say he was working for the agency.", "he was working for the agency", "His family"),
    ('"We are nowhere near," said Drew Shindell, a professor at Duke.', '"We are nowhere near,"', "Drew Shindell"),
    ("Mamata Banerjee, who accompanied Modi, had earlier said the cyclone was worse.", "the cyclone was worse",
     "Mamata Banerjee"),
    # a sentence opener is no part of the speaker
    ("Rather, the former president said the vote was unfair.", "the vote was unfair", "the former president"),
    ("Moreover, reports suggest the vote was unfair.", "the vote was unfair", "reports"),
    # anonymous sources qualified by what they know, even when the object is a noun spelt like a cue
    ("The raids would start in January, those familiar with the plan said.", "The raids would start in January",
     "those familiar with the plan"),
    ("Officials briefed on the talks said the deal was close.", "the deal was close",
     "Officials briefed on the talks"),
    # two people speaking together after their quotation; a name joined to an object is no co-speaker
    ('"We intend to continue," Continetti and Goldfarb continued in their statement.', '"We intend to continue,"',
     "Continetti and Goldfarb"),
    ("He met Putin and Xi said the ties were strong.", "the ties were strong", "Xi"),
    # a list of names before the pair opens the clause: all of it speaks; not a name inside a phrase, an opener, a year
    ("Cruz, Hawley and Sen. Jerry Moran asked if the whistleblower worked for Biden.",
     "if the whistleblower worked for Biden", "Cruz, Hawley and Sen. Jerry Moran"),
    ("The New York Times, Variety and IndieWire reported that the film was pulled.", "that the film was pulled",
     "The New York Times, Variety and IndieWire"),
    ("Still, China and Russia have expressed concern about the tests.", "concern about the tests", "China and Russia"),
    ("Supporters voiced concerns that passing the amendments would have sunk the bill.",
     "concerns that passing the amendments would have sunk the bill", "Supporters"),
    ("Republicans have long questioned the solicitations, voicing concern that they broke the rules.",
     "concern that they broke the rules", "Republicans"),
    ("In 1993, Hillary Clinton and Bill Clinton said the plan was sound.", "the plan was sound",
     "Hillary Clinton and Bill Clinton"),
    # a cue coordinated inside a subordinate clause: its subject, not the sentence's (nor a name used as a noun)
    ("The Lagos summit opens after several governments followed Ghana and announced a new tariff.",
     "a new tariff", "several governments"),
    ("She arrived after the vote and said the count was fair.", "the count was fair", "She"),
    ("Drexler owns a small shop in Louisville, and says she cannot wait.", "she cannot wait", "Drexler"),
    # an opening phrase that ends on a time word ("A day earlier,") is no subject
    ("A day earlier, Tillerson seemed to say something similar, telling the show that regime change is off.",
     "that regime change is off", "Tillerson"),
    ('Afterward, Mr Reyes insulted her in an interview, saying, "There was blood."', '"There was blood."',
     "Mr Reyes"),
    ('When asked who his rival was, Reyes paused and said, "I have many."', '"I have many."', "Reyes"),
    # a cue spelt like a noun after a modal and its verb is that verb's object ("might allay fears")
    ("Instead of plans that might allay fears, the mayor pointed to polls showing support.",
     "polls showing support", "the mayor"),
    ("The move could ease concerns, analysts said.", "The move could ease concerns", "analysts"),
    ("A rule that would survive orders, the judge said, was needed.", "A rule that would survive orders was needed",
     "the judge"),
    # British order with a bare plural, a qualified one, or a relative clause about the speaker
    ("Growth will slow this year, said analysts at Capital Economics.", "Growth will slow this year",
     "analysts at Capital Economics"),
    ("Ministers should act now, said campaigners.", "Ministers should act now", "campaigners"),
    ("Prices will keep rising, said Mr Fogg, who chairs the committee.", "Prices will keep rising", "Mr Fogg"),
    # "long" between a speaker and the cue is an adverb, not the speaker
    ("Critics have long complained that the tests are unfair.", "that the tests are unfair", "Critics"),
    # a speech cue in the passive with its agent: the subject is what was said
    ("The contents of the letter were confirmed to NPR by a spokesperson for the centre.",
     "The contents of the letter", "a spokesperson for the centre"),
    # an adjunct holding a noun spelt like a verb before "that" ("the meeting"); people involved; an indefinite
    # pronoun after an inverted cue and opening a reported clause; a second statement after ", and almost"
    ("Nancy Pelosi said during a press conference after the meeting that the agency chose the guests.",
     "that the agency chose the guests", "Nancy Pelosi"),
    ("The endorsement took weeks to come together, people involved said.",
     "The endorsement took weeks to come together", "people involved"),
    ('"I do not understand it at all," said someone who works for Cruz on Friday.',
     '"I do not understand it at all,"', "someone"),
    ("When asked about the candidates, many shrugged and said neither was worth voting for.",
     "neither was worth voting for", "many"),
    ("Almost everyone involved wants Iran to stop enriching uranium, and almost everyone in Congress agrees they "
     "would prefer diplomacy.", "they would prefer diplomacy", "everyone in Congress"),
    # "As X says," opens the sentence: the main clause is what X says (a quotation after it stays the content)
    ("As Michael Hansen, senior fellow at the Brookings Institution, says, a lot depends on the schools.",
     "a lot depends on the schools", "Michael Hansen"),
    ('As Steven Rosenthal, a tax lawyer, recently put it, "Did he lower his taxes legally?"',
     '"Did he lower his taxes legally?"', "Steven Rosenthal"),
    # "at least" is a quantity, not an opening phrase; an -ing noun after a noun; a share of a poll alone
    ("At least one senior official had concerns Steele was unreliable, according to text messages.",
     "At least one senior official had concerns Steele was unreliable", "text messages"),
    ("Mr Cohen has been under investigation for months, the court filing says.",
     "Mr Cohen has been under investigation for months", "the court filing"),
    ("In order to achieve political change, we have to compromise, Edwards said.",
     "In order to achieve political change, we have to compromise", "Edwards"),
    ("In the poll, 46% said Romney won.", "Romney won", "46%"),
    # a source speaking anonymously, a share of a group, an order, a subject with an aside before a coordinated cue
    ("A US official speaking on condition of anonymity said the strikes were not coordinated.",
     "the strikes were not coordinated", "A US official speaking on condition of anonymity"),
    ("In a poll in June, 53% of white voters said the government was doing too much.",
     "the government was doing too much", "53% of white voters"),
    # a share whose people are qualified by a preposition speaks whole; "two people with ..." as before
    ("One in five voters with children said schools were the main issue.", "schools were the main issue",
     "One in five voters with children"),
    ("Two people with knowledge of the talks said the deal was close.", "the deal was close",
     "Two people with knowledge of the talks"),
    ("The executive order says these countries are problematic.", "these countries are problematic",
     "The executive order"),
    ("Jose Fuentes, a Trump supporter, was at the roundtable on Saturday, and said he did not agree.",
     "he did not agree", "Jose Fuentes"),
    # a capitalised opening adjunct of a determiner and a noun is no part of the speaker; an aside may open
    # with an adverb and a participle
    ('In a statement Initiative Director Valerie Paradiz said, "The community has labored."',
     '"The community has labored."', "Initiative Director Valerie Paradiz"),
    ("At the time Lord Woolf, the Lord Chief Justice, had said the reduction would be rare.",
     "the reduction would be rare", "Lord Woolf"),
    ("Rubio, largely considered the standout of the debate, said the questions became irritating.",
     "the questions became irritating", "Rubio"),
    # words before the attribution that open with an adjunct or "but" are the content when a clause follows
    ("In large settings like the Olympics, there is always some risk, Obama said.",
     "In large settings like the Olympics, there is always some risk", "Obama"),
    ("On Monday, share prices fell sharply, the spokesman said.", "On Monday, share prices fell sharply",
     "the spokesman"),
    ("In 2003, output rose, the report said.", "In 2003, output rose", "the report"),
    ("By senior year she was the school's top runner, she said.", "By senior year she was the school's top runner",
     "she"),
    ("But she was not able to walk into the building itself, YouTube said in a statement on Wednesday.",
     "But she was not able to walk into the building itself", "YouTube"),
    # a dateline with a date is page furniture; a sentence's subject is a description with the name after it
    ("PARIS, Aug 31 (Reuters) - France's far-right leader, Marine Le Pen, voiced support for Trump on "
     "Wednesday, saying his rival would bring war.", "his rival would bring war",
     "France's far-right leader, Marine Le Pen"),
    # a pronoun after a name and a comma is the speaker alone; two roles joined by "and" before a name; a name
    # in the possessive form; a year ending an opening adjunct; a participle and a time adjunct after the speaker
    ("Other targets were the royal wedding and the G8, he said.", "Other targets were the royal wedding and the G8",
     "he"),
    ('"Our performance was strong," chairman and chief executive Richard Parsons said.',
     '"Our performance was strong,"', "chairman and chief executive Richard Parsons"),
    ("Foster's said a combination of the two companies would create a global player.",
     "a combination of the two companies would create a global player", "Foster's"),
    ("In 2004 IBM said it had seen double digit growth.", "it had seen double digit growth", "IBM"),
    ("At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said Xbox 2 would be part of his vision.",
     "Xbox 2 would be part of his vision", "Microsoft boss Bill Gates"),
    ("An annual economic survey released on Friday said India needed to ease restrictions.",
     "India needed to ease restrictions", "An annual economic survey released on Friday"),
    # "this" determines a noun that is no time word; a bare plural with what it knows after an inverted cue;
    # "both" after an auxiliary; a coordinated speaker that opens the sentence with one word
    ('"They could not get him to do anything," this official said.', '"They could not get him to do anything,"',
     "this official"),
    ("Warnings increased toward the end of January, said officials familiar with the reports.",
     "Warnings increased toward the end of January", "officials familiar with the reports"),
    ("Zuckerberg and Sheryl Sandberg have both said that they are not aware of other cases.",
     "that they are not aware of other cases", "Zuckerberg and Sheryl Sandberg"),
    # a document a subject gives or releases, then a participle cue: the subject speaks through it
    ("The company released a statement saying it would appeal.", "it would appeal", "The company"),
    ("Johnson delivered a defiant speech saying Britain should take the vote as an opportunity.",
     "Britain should take the vote as an opportunity", "Johnson"),
    # a source qualified by what it knows wins over the object of its modifier; an aside opening with "also"; a
    # quotation with words after it is content; "it's" after an opening phrase's comma opens a clause
    ('"That would escalate things," one official briefed on the investigation said.',
     '"That would escalate things,"', "one official briefed on the investigation"),
    ("An administration official, also speaking on condition of anonymity, told CNN the White House knew.",
     "the White House knew", "An administration official"),
    ("\u201cDemocrats are open to it as long as it does not come at the expense of\u201d domestic spending, Graham "
     "said.", "\u201cDemocrats are open to it as long as it does not come at the expense of\u201d domestic spending",
     "Graham"),
    ("In some ways, it's a classic Midwestern scene, Professor Cramer says.",
     "In some ways, it's a classic Midwestern scene", "Professor Cramer"),
    # a coordinated cue after a verb spelt like a cue that gave no attribution ("pointed fingers"); "much" opens
    # a reported clause; a time adjunct between a quotation and its inverted attribution
    ("Democrats pointed fingers at the infighting and said the White House was unprepared.",
     "the White House was unprepared", "Democrats"),
    ("John McCain took pointed shots at the administration and said much more must be done.",
     "much more must be done", "John McCain"),
    ("\u201cWe will put the pressure on ALEC even more\u201d in 2013, says Greenpeace's Radford.",
     "\u201cWe will put the pressure on ALEC even more\u201d in 2013", "Greenpeace's Radford"),
    # a clause opening with a subordinate conjunction is content; an inverted cue closed by a dash
    ("Patrick Bartlett said while it was an agreement in principle, the groups now have to make it work.",
     "while it was an agreement in principle, the groups now have to make it work", "Patrick Bartlett"),
    ("The plan would boost energy conservation, says the party - and insulation could save money.",
     "The plan would boost energy conservation", "the party"),
    # an opening phrase, then an inverted attribution in commas: the clause after it is the content
    ("By contrast, says Mr Cox, the Mac mini is almost disposable.", "the Mac mini is almost disposable",
     "Mr Cox"),
    ("Currently, says Dr Paniccia, the equipment is very expensive.", "the equipment is very expensive",
     "Dr Paniccia"),
    # British order after a place and a "though": the source after the comma, not a name before it
    ("More than 100 operators have been targeted in the US and UK, the MPAA added.",
     "More than 100 operators have been targeted in the US and UK", "the MPAA"),
    ("Mobile TV will have to overcome barriers before it is widely taken up though, said the report.",
     "Mobile TV will have to overcome barriers before it is widely taken up", "the report"),
    # "perhaps", "maybe", "simply", "soon" stand between speaker and cue like other adverbs
    ("Obama's aides perhaps believe that imitation is the best form of flattery.",
     "that imitation is the best form of flattery", "Obama's aides"),
    # ... and "only" or "just" before a participle after a comma
    ("Mr Hale did not say what might change, only saying it was something that bore examination.",
     "it was something that bore examination", "Mr Hale"),
    # a floating quantifier stands between speaker and cue; a share of a poll's respondents speaks
    ("Kirsten Gillibrand and Pete Buttigieg all said they would leave the embassy.", "they would leave the embassy",
     "Kirsten Gillibrand and Pete Buttigieg"),
    ("Congressional leaders of both parties said the deal was bad.", "the deal was bad",
     "Congressional leaders of both parties"),
    ("In the UK 69% of those questioned said they turned to their fixed phone.",
     "they turned to their fixed phone", "69% of those questioned"),
    # an adjective in -ed after an article; "plan" heads a speaker; a time word before the reported clause
    ('"It is preseason," a frustrated Mike Pence told the governors.', '"It is preseason,"',
     "a frustrated Mike Pence"),
    # a description coordinated right after a quotation is one speaker
    ('"It is preseason," a frustrated and hapless Mike Pence told the governors.', '"It is preseason,"',
     "a frustrated and hapless Mike Pence"),
    ('"The code rewards no one," the Iowa Republican and chairman of the committee said.',
     '"The code rewards no one,"', "the Iowa Republican and chairman of the committee"),
    # an infinitive cue before a comma: the clause after it has its own attribution
    ("Twelve were hurt, including deputies who were the first to respond, Sheriff David Morgan said.",
     "Twelve were hurt, including deputies who were the first to respond", "Sheriff David Morgan"),
    # a capitalised word spelt like a verb opens a name inside an aside; a party label is an aside too
    ('"It was close," Dawn Laguens, executive director of Planned Parenthood Action Fund, said.',
     '"It was close,"', "Dawn Laguens"),
    ('"I strongly disagree," Brady, R-Texas, chairman of the Ways and Means Committee, said.',
     '"I strongly disagree,"', "Brady"),
    # names joined by a slash; bare plurals coordinated after a comma
    ("Bush's name could be a problem, said a new NBC News/Wall Street Journal poll.",
     "Bush's name could be a problem", "a new NBC News/Wall Street Journal poll"),
    ("The agreement would repeal the tax, lawmakers and sources familiar with the negotiations said.",
     "The agreement would repeal the tax", "lawmakers and sources familiar with the negotiations"),
    # "according to" closing the sentence without a comma; two roles joined by "and" before a name
    ("Consumer confidence rose in December for the first time since July according to new data. Sales fell.",
     "Consumer confidence rose in December for the first time since July", "new data"),
    ('"We have more new products," said chairman and chief executive officer Bill Ford.',
     '"We have more new products,"', "chairman and chief executive officer Bill Ford"),
    # a speaker with a relative clause: the antecedent, not the clause's object, speaks
    ("Residents who live near the river said the water was rising.", "the water was rising",
     "Residents who live near the river"),
    ("A woman who was seated near the gunman told police he had shouted.", "he had shouted",  # "police" is no content
     "A woman who was seated near the gunman"),
    # ... a verb of the relative clause that takes no clause, or a noun in it, is no cue of its own
    ("The four liberal justices who voted in favor of the request said they would have overturned the ruling.",
     "they would have overturned the ruling", "The four liberal justices who voted in favor of the request"),
    ("A major donor who requested anonymity to discuss Biden said the race was close.", "the race was close",
     "A major donor who requested anonymity to discuss Biden"),
    ("Lawmakers passed legislation that nearly everyone said was dead.", "was dead", "everyone"),
    # a naming cue after its subject speaks ("critics dubbed", "The magazine dubbed"), or with an object and more
    ("The law, which critics dubbed Obamacare, is popular.", "Obamacare", "critics"),
    ('An attorney for the foundation called Underwood\'s statement "misleading".',
     'Underwood\'s statement "misleading"', "An attorney for the foundation"),
    # capitals joined by "&" are a name; an adverb opening a clause is content; a programme's title is an adjunct
    ("AT&T said Wednesday it backs an open internet.", "it backs an open internet", "AT&T"),
    ("Then there's the cost: half a million dollars for a single well, he says.",
     "Then there's the cost: half a million dollars for a single well", "he"),
    ('Mitch McConnell said during an appearance on CBS\' "Face the Nation" that his concern is the emails.',
     "that his concern is the emails", "Mitch McConnell"),
    # words before a colon are no content of the attribution after it
    ("Yet there is something unsatisfying about this argument: It suggests, at heart, that the task is hopeless.",
     "that the task is hopeless", "It"),  # (the adjunct in commas is no content)
    # a name after an inverted cue beats a nameless phrase before an aside; a month after "in" is a time adjunct
    ("Workers should be back on their jobs within two months, and most within four months, wrote economist "
     "Paul Romer, in a report.", "Workers should be back on their jobs within two months, and most within four "
     "months", "economist Paul Romer"),
    ("A study published in the journal in January showed the patient had no link to the market.",
     "the patient had no link to the market", "A study published in the journal"),
    ("Computer logs obtained by The New York Times showed the system had failed.", "the system had failed",
     "Computer logs obtained by The New York Times"),
    ("Officials based in Kabul said the attack was over.", "the attack was over", "Officials based in Kabul"),
    ("Doctors testifying before the court had said such women would be harmed.", "such women would be harmed",
     "Doctors testifying before the court"),  # (a participle in -ing, then a conjunction's word as a preposition)
    # ... also over a chain of adjuncts after the participle, not over a clause of its own
    ("Lawyers for families separated by the government at the border with Mexico said the order would help.",
     "the order would help", "Lawyers for families separated by the government at the border with Mexico"),
    ("A lawsuit filed in a federal court in San Diego argues that the rules are unlawful.",
     "that the rules are unlawful", "A lawsuit filed in a federal court in San Diego"),
    ("A poll released on Tuesday by a university in Ohio found that most voters were undecided.",
     "that most voters were undecided", "A poll released on Tuesday by a university in Ohio"),
    ("Officials briefed on the talks said Hamas wanted guarantees.", "Hamas wanted guarantees",
     "Officials briefed on the talks"),
    ("The panel focused on whether the governor had asked them to lie.", "them to lie", "the governor"),
    ("Voters grew angry with the cuts after the council announced that the library would close.",
     "that the library would close", "the council"),
    # "Once" and "Until" opening a sentence are conjunctions, no name; the main clause after them is no content
    ("Once the courts decided that the device was legal, the studios changed course.",
     "that the device was legal", "the courts"),
    ("Until the regulator ruled that the merger could go ahead, both firms held off.",
     "that the merger could go ahead", "the regulator"),
    # ... but a possessive says who proposed it
    ("Cohn's exit came amid Trump's proposed tariffs on steel.", "tariffs on steel", "Trump's"),
    # an aside closed by a quotation's comma; a relative aside with commas of its own; a manner adverb in commas
    ('Senior adviser Tad Devine, calling next week a "big week," said: "We will see."', '"We will see."',
     "Senior adviser Tad Devine"),
    ("Raul Melendez, whose father-in-law, David Johnson, was killed, said the visit was right.",
     "the visit was right", "Raul Melendez"),
    ('He put a hand on my shoulder and said, cheerfully, "Oh, hey."', '"Oh, hey."', "He"),
    # asides: a relative clause may hold a quotation; relative clauses in a row; a party tag and a place
    ('Anthony Neutout, who went to the "Audit the Fed" rally, said he liked the style.', "he liked the style",
     "Anthony Neutout"),
    ('Priebus, who still runs the committee, which counts the "pledged" votes, cited one balloter.',
     "one balloter", "Priebus"),
    ("Rita Lowey (D) of New York, the ranking Democrat on the committee, said the reports were troubling.",
     "the reports were troubling", "Rita Lowey"),
    # an aside after a quotation and a name that runs on to the cue without its closing comma
    ('"I would need to see more," Sean Downey, a Democratic operative working for Hilltop office said.',
     '"I would need to see more,"', "Sean Downey"),
    # an indirect question after the cue is its content, however short (not the clause before; a question word
    # alone reports nothing: test_a_question_word_alone_after_a_cue_reports_nothing)
    ("The agency will sell its stake to another company, although it didn't say who would buy.", "who would buy",
     "it"),
    # a surname spelt like a modal or a determiner
    ('"The second woman, but not the last," May said.', '"The second woman, but not the last,"', "May"),
    ("Residents have reduced infections, Little said.", "Residents have reduced infections", "Little"),
    # a surname spelt like a verb right after a quotation that awaits its speaker
    ('"It is so important," Fall said.', '"It is so important,"', "Fall"),
    ('"We believe this deal is a great deal," Read said.', '"We believe this deal is a great deal,"', "Read"),
    ('"The power to choose will stop the backlogs," the plan says.', '"The power to choose will stop the backlogs,"',
     "the plan"),
    ("Senators met privately to discuss witnesses, but said afterward there was no resolution.",
     "there was no resolution", "Senators"),
    # a capitalised word spelt like a verb inside a name is part of it
    ("Jack Law, chief executive of Alcohol Focus Scotland, said the comment was ill-advised.",
     "the comment was ill-advised", "Jack Law"),
    ("Home Secretary Theresa May said the assets would be frozen.", "the assets would be frozen",
     "Home Secretary Theresa May"),
    ("The Israel Defense Forces said the strikes had hit 70 sites.", "the strikes had hit 70 sites",
     "The Israel Defense Forces"),
    # a document before a relative pronoun speaks through the cue after it, even after an object-frame cue
    ("The move follows an article that claimed documents linked the drug to suicide.",
     "documents linked the drug to suicide", "an article"),
    ("The university released a statement on Thursday that said it stands by its work.", "it stands by its work",
     "a statement"),  # a time adjunct between the document and the pronoun
    ("Officials welcomed the results of the Mueller report, which found that no aide colluded with Russia.",
     "that no aide colluded with Russia", "the results of the Mueller report"),
    ("Officials welcomed the Mueller report, which found that no aide colluded, but said ties would not improve.",
     "ties would not improve", "Officials"),
    # an evaluation in the passive: its agent, a bare plural too, speaks of the subject; a reason after the
    # agent is content too
    ("Hailstorm was criticised by privacy campaigners for putting too much data in one place.",
     "Hailstorm for putting too much data in one place", "privacy campaigners"),
    ("The singer has been praised by police for tackling a burglar.", "The singer for tackling a burglar", "police"),
    ("The game Manhunt was blamed by the parents of Stefan Pike for his death.",
     "The game Manhunt for his death", "the parents of Stefan Pike"),  # "for his" after a name: a reason
    ("Her plan was endorsed by the Culture Secretary.", "Her plan", "the Culture Secretary"),
    # a document with a participle and a preposition before the cue speaks, not the preposition's object; joint
    # names with a slash are one name
    ("A survey conducted before the election found that voters were split.", "that voters were split",
     "A survey conducted before the election"),
    ("A Gallup poll taken last week finds a sharp divide on the question.", "a sharp divide on the question",
     "A Gallup poll taken last week"),
    ("A USA TODAY/Suffolk Poll taken just before the holiday that celebrates the nation's independence finds a "
     "sharp divide.", "a sharp divide",
     "A USA TODAY/Suffolk Poll taken just before the holiday that celebrates the nation's independence"),
    ("The declines deepened after the WHO said the virus was spreading.", "the virus was spreading", "the WHO"),
    ("The scheme is being endorsed by the Music Managers' Forum.", "The scheme", "the Music Managers' Forum"),
    ("The plan was criticised by the Musicians’ Union, which said it was unfair.", "it was unfair",
     "the Musicians’ Union"),  # a plural's apostrophe inside the name (and before "which")
    ("Law enforcement groups were split. It was opposed by the National Sheriffs Association.", "It",
     "the National Sheriffs Association"),  # "it" names what was judged (not the "it" of "it was said")
    # the object of "warn", "urge" before "to", "not", "about", "against"... is part of the content (the team
    # guidelines: reported speech runs to the sentence's end), one addressee or two
    ("Angry MPs this week warned Mr Blair and Mr Brown about the dangers of disunity.",
     "Mr Blair and Mr Brown about the dangers of disunity", "Angry MPs"),
    ("Sir Dale Fenn warned Mr Brown not to be tempted to spend the extra cash.",
     "Mr Brown not to be tempted to spend the extra cash", "Sir Dale Fenn"),
    # ... an addressee with a determiner too, before "about" or "against" and a quotation or a noun
    ("The Liberal Democrats have warned both parties against \"pandering to prejudice\".",
     "both parties against \"pandering to prejudice\"", "The Liberal Democrats"),
    ("He warned his supporters against complacency.", "his supporters against complacency", "He"),
    # a copular relative clause ("that is ...") inside the speaker's phrase: its predicate is no speaker
    ("The spokesman for a White House that is one of the most savvy at media manipulation even claimed that the "
     "president ignores polls.", "that the president ignores polls",
     "The spokesman for a White House that is one of the most savvy at media manipulation"),
    ("A 2012 audit that was not released to the public found that the agency broke the rules.",
     "that the agency broke the rules", "A 2012 audit that was not released to the public"),
    # a sentence's subject after an opening "But" and a pronoun, continued by a coordinated cue or a participle
    ("But they did track the spread of the virus, and warned that officials were hiding the outbreak.",
     "that officials were hiding the outbreak", "they"),
    ("But he remains optimistic, focusing on the next generation, and says the fight will go on.",
     "the fight will go on", "he"),
    # a bare cue after "the rule" agrees with the plural before the participle: a verb, not a noun
    ("The industry groups challenging the rule say it mandates speech.", "it mandates speech",
     "The industry groups challenging the rule"),
    ("But leaders of groups supporting an immigration overhaul say they will not let up.", "they will not let up",
     "leaders of groups supporting an immigration overhaul"),
    # a closing inverted attribution with the speaker's description after it closes the sentence: the sentence,
    # its own opening attribution included, is what the closing speaker says
    ("This acknowledgment, however, points to the threat the mines pose to civilians, says Dana Ruiz, advocacy "
     "director of the Arms Division at the Harbour Institute.",
     "This acknowledgment, however, points to the threat the mines pose to civilians", "Dana Ruiz"),
    ("More people are becoming aware of security issues but they have little confidence in firms, said security "
     "firm RSA, which carried out the poll.",
     "More people are becoming aware of security issues but they have little confidence in firms",
     "security firm RSA"),
    # a title's abbreviation and a party label before a description that runs on to the cue without its comma
    ('"He must never be secretary," Sen. Dana Ruiz, R-Ala., ranking Republican on the Budget Committee said.',
     '"He must never be secretary,"', "Sen. Dana Ruiz, R-Ala., ranking Republican on the Budget Committee"),
    # an acronym spelt like a pronoun is a name ("the WHO")
    ("The director-general of the WHO on Sunday warned that the virus is spreading.",
     "that the virus is spreading", "The director-general of the WHO"),
    # ... to the end, or to a new clause after a comma and "and"
    ("They have slowly realised that the network is a good way to sell, said Dana Ruiz, founder of Red Swoosh, and "
     "soon they will all join in.", "They have slowly realised that the network is a good way to sell",
     "Dana Ruiz"),
    # the same pronoun speaking again after "but" or "and" makes a statement of its own, not a nested one
    ('He said he found the policies "abhorrent" but he said the country had to take another approach.',
     "the country had to take another approach", "he"),
    # an opening time adjunct without its comma before an article: the phrase after it speaks
    ("In 2015 the International Agency for Research on Cancer concluded that it was probably carcinogenic.",
     "that it was probably carcinogenic", "the International Agency for Research on Cancer"),
    # a relative or contact clause after a demonstrative or a noun, a quantity after "about"
    ("On the other side, 43% of those who watched said Chafee had the worst night.", "Chafee had the worst night",
     "43% of those who watched"),
    ("And legal professionals I spoke to said it is not a mystery.", "it is not a mystery",
     "legal professionals I spoke to"),
    # ... with a place after it and an aside in brackets before the cue, or opening the sentence
    ("One person I spoke to in Las Vegas (who asked not to be named) said they are hearing good things.",
     "they are hearing good things", "One person I spoke to in Las Vegas"),
    ("Experts I spoke to said the deal was fragile.", "the deal was fragile", "Experts I spoke to"),
    # after "told" comes whom it was told, no inverted speaker: the speaker is the one before the aside
    ('"Let\'s be serious," the official, speaking on condition of anonymity, told Reuters.', '"Let\'s be serious,"',
     "the official"),
    ('"They are picking up an ideology," Jane Stern, a professor and the co-author of "The State of Terror," told CNN '
     'Business on Friday.', '"They are picking up an ideology,"', "Jane Stern"),
    # an aside with a noun after "of the" that is spelt like a verb ("force") is still an aside
    ("Brett Giroir, assistant health secretary and member of the virus task force, told NBC News that he disagrees.",
     "that he disagrees", "Brett Giroir"),
    ("Other candidates I spoke to during and after the primaries recalled how hard it was to raise money.",
     "how hard it was to raise money", "Other candidates I spoke to during and after the primaries"),
    ("Voters we met after the debate said they liked him.", "they liked him", "Voters we met after the debate"),
    ("About 18.1 million people said their layoffs were temporary.", "their layoffs were temporary",
     "18.1 million people"),
    ('Mr Ruiz said he considers her a "good man," but he told the radio that he does not believe her.',
     "that he does not believe her", "he"),
    # "each" stands alone as a speaker, as "others" and "many" do
    ("The two sides have struggled. Each has accused the other of being too vague.", "the other of being too vague",
     "Each"),
    # a gerund phrase after a subordinating conjunction is an aside between the speaker and the cue
    ("Even Paul, while saying the president must make his case, told Fox News that the group had declared war.",
     "that the group had declared war", "Even Paul"),
    # a web domain speaks whole, and is no content after "told"
    ("The protests will go on at City Hall, Philly.com said.", "The protests will go on at City Hall", "Philly.com"),
    ("Gretchen Hamel told FoxNews.com that the camp was desperate.", "that the camp was desperate", "Gretchen Hamel"),
    # a quoted nickname inside a name is a word of the name, not a quotation
    ('His lawyer, Dana \u201cBiz\u201d Van Ruiz, said in a statement: \u201cHe has been interviewed.\u201d',
     "\u201cHe has been interviewed.\u201d", "His lawyer, Dana \u201cBiz\u201d Van Ruiz"),
    # two named organisations joined by "and", each with its article, speak together
    ("The Harbour County Sheriff's Department and the Ashton Police Department said that the driver fled.",
     "that the driver fled", "The Harbour County Sheriff's Department and the Ashton Police Department"),
    ("Crop production fell, the report from the FAO and the WFP said.", "Crop production fell",
     "the report from the FAO and the WFP"),
    # a noun spelt like a verb ends the phrase before a speech cue or its aside: "force", "task force"
    ("The head of the police force said the unit would close.", "the unit would close",
     "The head of the police force"),
    ('A member of the task force, Dana Ruiz, noted in 2017, "the unit must close."', '"the unit must close."',
     "A member of the task force, Dana Ruiz"),
    # an attribution in commas after an opening phrase: the clause's subject is before it, its verb after
    ("With half of homes online, the state, suggests Mr Hale, could act as a broker of debate.",
     "With half of homes online, the state could act as a broker of debate", "Mr Hale"),
    # an aside opened by ", as" interrupts one clause too
    ("What it is instead, as Hale rightly notes, is the kind of rhetoric you would expect.",
     "What it is instead is the kind of rhetoric you would expect", "Hale"),
    # "trust" is no cue: the noun ends nothing ("public trust in policy"), the verb takes an object
    ("The council, said Ms Ruiz, could do more to encourage public trust in policy.",
     "The council could do more to encourage public trust in policy", "Ms Ruiz"),
    # an opening subordinate clause after "even", or before "there": what was said ends at its comma
    # a clause of the next speaker opens at ", and" before a subordinate conjunction or a pronoun
    ('Mr Hale denied Ms Ruiz made that remark, and before he left for Leeds the minister told reporters: "No."',
     "Ms Ruiz made that remark", "Mr Hale"),
    ("But while Hale has said she is likely to back witnesses, she's also complained about the process.",
     "she is likely to back witnesses", "Hale"),
    ('Even though Hale now says the war was a "terrible mistake," it does not change the fact that he backed it.',
     'the war was a "terrible mistake,"', "Hale"),
    ("While the candidates push for more economic changes, there are bright spots.", "more economic changes",
     "the candidates"),
    # a long opening participle phrase with its preposition is no content
    ("Following on the explosion in the deficit caused by their tax cut last year, the Republicans have promised "
     "to look for cuts in Medicare.", "to look for cuts in Medicare", "the Republicans"),
    # a role set off by commas before the speaker's name is the speaker's
    ("A period of strong growth followed the last easing cycle, Leeds Bank chief economist, Dana Hale noted.",
     "A period of strong growth followed the last easing cycle", "Leeds Bank chief economist, Dana Hale"),
    # a short infinitive after the cue is its content, not the clause before the speaker
    ("Republicans are opposed to the plan, and as lawmakers returned this week, they vowed to fight it.",
     "to fight it", "they"),
    ("Despite the backlash from her party leaders, Mrs Tlaib vowed to press ahead.", "to press ahead",
     "Mrs Tlaib"),
    # a court's ruling reports, before a reported clause, after a time too
    ("The High Court ruled on Tuesday that the death fell within the convention.",
     "that the death fell within the convention", "The High Court"),
    ("A federal judge ruled that the phaseout of the program is legal.", "that the phaseout of the program is legal",
     "A federal judge"),
    ("The appeals court ruled on June 26 that the travel ban could proceed.", "that the travel ban could proceed",
     "The appeals court"),  # a date: the month and its day
    ("The tribunal ruled in May 2017 that the dismissal was unfair.", "that the dismissal was unfair", "The tribunal"),
    # a relative clause after a preposition ("for whom", "on which") is an aside of the speaker before it
    ("Anti-hunt groups, for whom the ban is the end of years of campaigning, say they hope most will obey the law.",
     "they hope most will obey the law", "Anti-hunt groups"),
    ("In the end, the special counsel's inquiry, on which Democrats had so counted, found no conspiracy.",
     "no conspiracy", "the special counsel's inquiry"),
    # the subject after "But" is the name, not the aside after it
    ("But Sir Ralph Dunmore, the mayor's former adviser, took a harsher line, accusing the council of \"waste\".",
     'the council of "waste"', "Sir Ralph Dunmore"),
    # an opening place without a comma is no part of the speaker, nor an event's place before the speaker
    ("The talks began. In London Boris Johnson said they would go on.", "they would go on", "Boris Johnson"),
    ("At a summit in California Mr Torvalds said the code was ready.", "the code was ready", "Mr Torvalds"),
    ("Michael Salamone at Washington State University said the code was ready.", "the code was ready",
     "Michael Salamone at Washington State University"),  # (a guard: a name, then its affiliation)
    # a sentence that opens with an adjunct, then a quotation, then an inverted cue: the words before are the
    # content, the appositive after the speaker is none
    ('In the end, Mr. Vale is "activating his network," said Bryan Engle, the campaign\'s Iowa director.',
     'In the end, Mr. Vale is "activating his network,"', "Bryan Engle"),
    ('But with the field split, "his loyal 22% goes a long way," said Dana Pyle, director of the poll.',
     'But with the field split, "his loyal 22% goes a long way,"', "Dana Pyle"),
    # the subject after opening phrases: a place's state set off too, a quantity with "about"
    ("At a rally in Ames, Iowa, on Sunday, Mrs. Ruiz tried to explain, saying that the country should lead.",
     "that the country should lead", "Mrs. Ruiz"),
    ('Near the arena, about 200 protesters gathered, chanting "Dump Trump."', '"Dump Trump."', "about 200 protesters"),
    # ", or" and another name of the organisation in an aside: the person before the aside speaks
    ("Joan Pike, director of Citizens for Reform, or CFR - which was founded in 2004 - said the plan would work.",
     "the plan would work", "Joan Pike"),
    # "By ..." and a sentence-opening infinitive ("To nudge it along,") are opening phrases, no subject
    ("By the end of the day, Mr. Hale had backed down and said that his words had been misread.",
     "that his words had been misread", "Mr. Hale"),
    ("To nudge it along, one group, Citizens for Growth, is urging the paper to acknowledge the risk.",
     "the paper to acknowledge the risk", "one group"),
    # an infinitive cue in a clause of its own: that clause's subject speaks
    ('The debate was so subdued that Mr. Hale was prompted to say, "It is civil."', '"It is civil."', "Mr. Hale"),
    # after quoted words, "and" and a verb of intention is the reported clause's second predicate, not the
    # speaker's next act of speech ("and added ...")
    ('Ms Pike says the next manifesto will be "bold" and aimed at producing "prosperity for all".',
     'the next manifesto will be "bold" and aimed at producing "prosperity for all"', "Ms Pike"),
    # what stands between the cue and "that" is no content: a linking adverb in commas, "in the day" after a time
    # word, an adjunct after a participle or a coordinated cue
    ('Mr Hale acknowledged, however, that members "might be allowed" to stay.',
     'that members "might be allowed" to stay', "Mr Hale"),
    ("Ms Ruiz told reporters earlier in the day she hoped for a vote.", "she hoped for a vote", "Ms Ruiz"),
    ("Ms Ruiz hit back, saying in a statement that the claims were false.", "that the claims were false", "Ms Ruiz"),
    # a linking adverb between the subject and its verb is no part of the speaker
    ("The minister however said the plan would fail.", "the plan would fail", "The minister"),
    ("But CBS's Joan Dale nonetheless did a fine job, asking pointed follow-up questions.", "pointed follow-up questions",
     "CBS's Joan Dale"),
    # a form of "be" and a cue in -ing after an aside: the subject's own verb, no participle clause of the speaker's
    ("But he told MPs the Lord Chancellor, Lord Falconer, was insisting he should have the final say.",
     "the Lord Chancellor, Lord Falconer, was insisting he should have the final say", "he"),
    ("Even U.S. allies in the region, who wanted a say, were complaining to officials that extremists gained.",
     "that extremists gained", "Even U.S. allies in the region"),
    # a noun after an article that is spelt like a verb opens the reported clause ("warn the cuts will ..."), and a
    # coordinated cue after a clause of the subject's own reports it
    ("Agents warn the cuts will hurt security.", "the cuts will hurt security", "Agents"),
    ("Border Patrol agents have seen crossings double and warn the cuts will hurt security.",
     "the cuts will hurt security", "Border Patrol agents"),
    ("Three attorneys had told her it's a clear violation of federal law.", "it's a clear violation of federal law",
     "Three attorneys"),
    # a reported clause after an aside opened by a conjunction ("said, when asked, that ...")
    ("Smith said, when asked about the vote, that the plan was dead.",
     "when asked about the vote, that the plan was dead", "Smith"),
    # a relative clause after a preposition and "which" holds the other speaker's statement ("to which X replied")
    ('"You do not have the votes," Pelosi said, to which Trump insisted: "Nancy, I do."', '"Nancy, I do."', "Trump"),
    ("Morris gave a talk about campaigns abroad, during which he stressed the importance of polling.",
     "the importance of polling", "he"),
    ("He went on to post a mea culpa, in which he wrote that the company takes misinformation seriously.",
     "that the company takes misinformation seriously", "he"),
    # a speech cue in "it was revealed that": a report without a source
    ("The talks stalled after it was revealed that the firm had hidden its losses.",
     "that the firm had hidden its losses", None),
])
def test_speaker_mentions_in_real_news(text, content, speaker):
    found = attributions(text)
    assert (content, speaker) in [(c, s) for c, s, _ in found], found


def test_a_newspaper_quoting_someone_as_saying_gives_the_person():
    text = ('"They moved so quickly it caught HSBC by surprise," the Financial Times quoted an insider in the '
            'talks as saying.')
    assert attributions(text) == [('"They moved so quickly it caught HSBC by surprise,"', "an insider in the talks",
                                   "quoted_as_saying")]
    assert attributions("Li was quoted as saying that the talks had failed.") == [
        ("that the talks had failed", "Li", "quoted_as_saying")]
    # the subject of a passive before it, and "reported" or "cited" as the quoting verb
    assert attributions('"Of course they will fight," Mr Hale was quoted as saying.') == [
        ('"Of course they will fight,"', "Mr Hale", "quoted_as_saying")]
    assert attributions("Mr Hale is reported as saying the plan was dead.") == [
        ("the plan was dead", "Mr Hale", "quoted_as_saying")]
    assert attributions("Earlier reports cited security sources as saying he had escaped.") == [
        ("he had escaped", "security sources", "quoted_as_saying")]


def test_a_quotation_before_told_stays_the_content():
    found = attributions('"We will win," Smith told the BBC News website.')
    assert [(c, s) for c, s, _ in found] == [('"We will win,"', "Smith")]
    assert [c for c, _, _ in attributions("Fox told a different tale.")] == ["a different tale"]


def test_lost_paragraph_breaks_of_a_quotation_keep_each_paragraph_with_its_speaker():
    text = ('Ms Hewitt said: "Adults should be treated as adults. "Equally parents need to know. "Video games are '
            'different." Her call was backed by Tessa Jowell who said: "You would not let your child watch it.')
    found = attributions(text)
    hewitt = [c for c, s, _ in found if s == "Ms Hewitt"]
    assert any("Equally parents need to know." in c and "Video games are different." in c for c in hewitt)
    assert not any("You would not" in c for c in hewitt)
    import pandas as pd

    from analysis.quotes import extract_quotes

    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    jowell = quotes[quotes["text"].str.contains("You would not")]
    assert jowell["speaker"].tolist() == ["Tessa Jowell"]


def test_a_quotation_on_its_own_between_narrative_sentences_goes_to_the_latest_speaker():
    text = ('Mr Herren said the system was cheap.\n\nStaff are on the ground. "The content is divided into '
            'sections." The project is at the pilot stage.')
    found = attributions(text)
    assert ('"The content is divided into sections."', "Mr Herren", "follows_recent_speaker") in found


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Graham: Trump\u2019s Rhetoric Destroying GOP\u2019s Chance to Win", "Trump\u2019s Rhetoric Destroying GOP\u2019s Chance to Win",
     "Graham"),
    ("Roger Stone: Don\u2019t Trust the Voting Machines", "Don\u2019t Trust the Voting Machines", "Roger Stone"),
])
def test_headlines_give_a_speaker_and_their_words(text, content, speaker):
    assert attributions(text) == [(content, speaker, "headline_colon")]


@pytest.mark.parametrize(("text", "speaker"), [
    # an opening adverb or participle before a colon and a quotation is no speaker: the subject after its comma is
    ('Curiously, Ruiz gave the old motto a new spin: "Our duty is to the town."', "Ruiz"),
    ('Knowing how odd it sounded, he doubled down: "It is a tax on work."', "he"),
    ('The minister gave the motto a new spin: "We will not resign."', "The minister"),  # (a guard: a subject)
])
def test_the_speaker_before_a_colon_and_a_quotation_is_the_sentences_subject(text, speaker):
    assert [(mention, rule) for _c, mention, rule in attributions(text)] == [(speaker, "speaker_colon_quote")]


@pytest.mark.parametrize(("text", "expected"), [
    # a heading before the colon names no source: a time, a number, a pronoun, a title with a possessive or a
    # determiner, lower-case words that are no role, a section label
    ("Earlier: Senators Closer to Seeing the Finance Records", []),
    ("March 3: Six Lessons From the Charity Lawsuit", []),
    ("Seven: In May, Researchers Removed the Virus From Mice", []),
    ("Trust Me: The Campaign Is Going To Be All About Fear", []),
    ("The Governor's Second Year in Office: A Rocky Start", []),
    ("A Rising Tide: Electric Cars in the Suburbs", []),
    ("Living memory: Why the Harvest Fairs Ended", []),
    ("The Realist: Dana Ruiz", []),  # a heading and the name it introduces
    ("Exclusive: Author of Key Flood Report Says Dams Will Fail", []),  # (a headline's "Says" reports nothing)
    # a role after a name's possessive still speaks
    ("Ruiz's Lawyer: The Governor Did Nothing Wrong", [
        ("The Governor Did Nothing Wrong", "Ruiz's Lawyer", "headline_colon")]),
])
def test_a_heading_before_a_headlines_colon_is_no_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article's title, in sentence case and with a full stop
    ("Ruiz: Time for \u2018intensification\u2019 of the strategy.\n\nDana Ruiz spoke on Monday.",
     [("Time for \u2018intensification\u2019 of the strategy", "Ruiz", "headline_colon")]),
    ("Abe to Congress: Japan won't shy away from reforms\n\nThe prime minister spoke.",
     [("Japan won't shy away from reforms", "Abe to Congress", "headline_colon")]),
    # not a caption's dateline, a label or a sentence further down
    ("NEW YORK - NOVEMBER 01: A man speaks at a conference.\n\nHe left.", []),
    ("The claim: the senator was caught on camera.\n\nHe was not.", []),
    ("Result: Nadal won in four sets.\n\nHe was happy.", []),
    ("He spoke.\n\nRuiz: Time for a new strategy.", []),
])
def test_the_title_of_an_article_may_give_a_speaker_in_sentence_case(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
     "50 percent of respondents chose Clinton", "an NBC News/Wall Street Journal poll released Monday"),
    ("In the same 2014 Pew Research Center study, over 40 percent of Americans register as independent.",
     "over 40 percent of Americans register as independent", "the same 2014 Pew Research Center study"),
    ("In last year's survey, Keane were followed by Franz Ferdinand in the top five.",
     "Keane were followed by Franz Ferdinand in the top five", "last year's survey"),
    # a poll that closes a clause giving a standing
    ("Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist South Carolina poll Jan. 17-23.",
     "Clinton led Sanders more than 2-1", "an NBC News/Wall Street Journal/Marist South Carolina poll"),
    ("The governor was at 25 percent support in the most recent Fox poll, up eight points from March.",
     "The governor was at 25 percent support", "the most recent Fox poll"),
])
def test_in_before_a_poll_or_study_makes_it_the_source(text, content, speaker):
    assert attributions(text) == [(content, speaker, "in_document")]


@pytest.mark.parametrize("text", [
    "In the latest polls, he doesn't.",  # no clause after it
    "In its analysis, The Wall Street Journal included districts with a white majority.",  # a subject that acts
    "In the few impeachment data points the nation has, it has been always thus.",  # a modifier, not the noun
    "In 2019, the turnout data showed a sharp rise in young voters.",  # another cue: the data speaks
    "In an interview with CNN, the senator was calm and smiling throughout.",  # no document that measures
    "Most of the voters who took part went home early in the survey week.",  # no poll after "in"
    "Not all of the members of the caucus participated in this survey.",  # no standing before it
    "The senator has risen steadily in the polls since the debate.",  # polls in general
])
def test_in_before_no_measuring_document_is_no_source(text):
    assert all(rule != "in_document" for _c, _s, rule in attributions(text))


@pytest.mark.parametrize(("text", "wrong"), [
    # "with" far before a participle, the words between no title or role: the phrase before it does not speak
    ("Tillerson will take with him to Moscow a statement the G7 ministers issued Tuesday calling on Russia to act.",
     "the G7 ministers issued Tuesday"),
    ("The row began with tweets eight days ago saying the lawmakers should go back.", "eight days"),
    # a noun in -ing after a verb and a possessive is no participle of speech (guard)
    ("Right now we are too haunted by our own feeling that we lack leadership.", "Right"),
    # after "by" or "from", a time, a manner or a place is no agent of the noun cue
    ("The inspector general is expected to issue a report by the end of April that examines the case.",
     "the end of April"),
    ("Sean Spicer clarified the remarks by telling reporters that there was insufficient coverage.",
     "telling reporters"),
    ("The Alqassam Brigades posted tweets from Gaza that nine people had been killed.", "Gaza"),
    # after "to", a past form or a gerund without its clause is no infinitive cue of the subject before it
    ("And legal experts I spoke to said the firm had no case.", "legal experts I"),
    ("Mr Hale dedicated an entire show to mocking the inquiry's efforts.", "Mr Hale"),
    # "which" after a name with no reported clause: nothing said
    ("The firm follows Ask Jeeves, which have offered similar services.", "Ask Jeeves"),
    ("The United States, which wrote many of the laws on asylum, now appears to break them.", "The United States"),
    # ... but not after a belief cue: "feel as if" is no reported speech
    ("When people feel as if we are all in it together, systems work.", "people"),
    # an adverb of frequency is no speaker, a degree word no part of one
    ("Calls for fairness are sometimes more gently expressed as a longing for balance.", "sometimes"),
    # the agent of a participle after a passive cue is not the cue's
    ("Mr. Hale was asked during a dinner held by the Daily Post whether he would run.", "the Daily Post"),
    # after "failed to", "neglected to": nothing was said
    ("The firm failed to tell investors that it employed the children of its directors.", "The firm"),
    # ... nor after "reluctant to", an adverb between "to" and the cue or not
    ("Many Democrats are still reluctant to publicly criticize the Clintons for the deal.", "Many Democrats"),
    # a "by" inside the reported clause is that clause's agent, not the passive cue's
    ("On the new board it is understood that Lorimer will be joined by finance director Yvonne Tadd.",
     "finance director Yvonne Tadd"),
])
def test_a_phrase_that_cannot_speak_is_no_speaker(text, wrong):
    assert wrong not in [speaker for _c, speaker, _r in attributions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # "you" outside quotation marks is the reader or anyone, no source
    ("If you don't know that it takes four balls for a walk, you are not a fan.", []),
    ("As you can see, the list of complaints goes on.", []),
    ("You'd think the party would learn that voters notice.", []),
    # ... but inside a quotation it is someone the speaker addresses, and the quotation is still the speaker's
    ('"You say you want to shut down the government," Schumer said.',
     [('"You say you want to shut down the government,"', "Schumer", "content_speaker_cue")]),
])
def test_you_outside_quotation_marks_is_no_source(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "speakers"), [
    ("Mr. Hale's more incendiary remarks in other arenas have left many of his allies uneasy.", []),
    # a bare cue form after a possessive phrase is a noun, but not inside a relative clause
    ("Hale appeared on Meet the Press, as well as Dana Ruiz's radio show, while Lee sat down with Fox.", []),
    ("Those who support Lee's removal claim that the vote was rigged.", ["Those who support Lee's removal"]),
    ("Lawmakers have ignored Hale's previous calls for cuts.", []),
    ("In eight states, Pollster.com's reporting of the latest polls puts the margin at three points.", []),
    # a past participle after an adjective modifies the noun after it
    ("The regime killed women for various imagined offenses to Islam.", []),
    # "add" with a plain object and no verb after it adds a thing, not words
    ("Hale added the conversion and a further penalty.", []),
    ("Retailers added 53,000 jobs last month, more than triple the pace.", []),
    ('"It is a mess," added another Leeds Republican.', ["another Leeds Republican"]),
    ("She added the targets intended to ensure no one waits a year.", ["She"]),
    # ... an amount, a currency sign or an approximator before it too
    ("But ending the tax holiday will add about $120 billion to federal coffers.", []),
    ("The plan will add \u00a330bn to the deficit.", []),
    ("He added about 200 people were arrested.", ["He"]),
    ("As Hale explained, the decision to withhold the additional promised funds is a sign.", ["Hale"]),
    ("Hale on Monday evening criticized the donors.", ["Hale"]),
    ("Hale's proposal calls for an executive panel to review cases.", ["Hale's proposal"]),
    # a preposition stranded before punctuation: nothing said
    ("Instead of the kind of broad action advocates are hoping for, we will get something cosmetic.", []),
    ("Hale has asked for $5 billion in funding.", ["Hale"]),
    # a participle that is no past form, without an auxiliary, modifies a noun
    ("The only new entry came from Misunderstood, a new track written for his Greatest Hits album.", []),
    ("A weather pattern known as El Nino is responsible for the warmth.", []),
    # "find" with a reflexive, "a way" or an object pronoun and no finding reports nothing
    ("Obama found himself in the awkward position of addressing the attack.", []),
    ("Clinton found a way to make it so.", []),
    ("His agents found them during their investigation.", []),
    ("The jury found him guilty of fraud.", ["The jury"]),
    ("Officials found it hard to explain the delay.", ["Officials"]),
    # the form "find" reports only before a clause or a noun of what was found; "known" only before a clause
    ("Go over to National Review and you will find a more mixed bag.", []),
    ("Progressive populists can find common ground on trade.", []),
    ("They will find it hard to keep operating.", []),
    ("Studies find that the drug works.", ["Studies"]),
    ("Mueller did not find sufficient evidence to charge members of the campaign.", ["Mueller"]),
    ("Adams could not find a single case where officials recommended prosecution.", ["Adams"]),
    ("He has known Mr. Trump since the 1980s.", []),
    ("Mr Spector, known for his work with the Beatles, was convicted.", []),
    ("Republicans have known that she is a strong candidate.", ["Republicans"]),
    ("Republicans have known for a long time that she is a strong candidate.", ["Republicans"]),
    ("Gates and Tillerson knew each other from the Boy Scouts.", []),
    ("He knew how to win the crowd.", []),
    ("The campaign knew it was possible that she could lose Michigan.", ["The campaign"]),
    # a bare cue form after a singular acronym and a modifier is a compound noun (not after "and")
    ("He later appeared in the cult TV show Twin Peaks.", []),
    ("Sony and IBM want to make sure of it.", ["Sony and IBM"]),
    # a past participle after a number modifies the noun after it (not after a date or an age in commas)
    ("There are 475 pledged delegates at stake.", []),
    ("Gov. Tate Reeves on May 4 announced steps to reopen restaurants.", ["Gov. Tate Reeves"]),
    ("Smith, 45, endorsed the plan.", ["Smith"]),
    ("Studies have shown the plan was dead.", ["Studies"]),
    ("The police officer suspected of shooting Mr Hale was fired.", []),
    # a participle of what others hold, after a noun and before "to" and a verb, is a passive: no speaker
    ("He resembled a man believed to have committed a burglary.", []),
    ("Talks opened with at least one union said to be considering a bid.", []),
    ("The women thought to be witches would suffer.", []),
    ("The priest said to his audience that they must help.", ["The priest"]),
    ("Hale was held for three years, accused of links to the gang.", []),
    ("The money went into this year's budget plan in full.", []),
    ("There is an answer, or a set of possible answers, given infinite time.", []),
    ("An executive order from Hale extended the county's stay-at-home order to May 17.", []),
    ("Concerns remain over the strength of the euro, weak domestic demand and a sluggish labour market.", []),
    # a noun form after an adjective in -al or a phrasal verb's particle; a phrase ends with no conjunction
    ("Nichols was tried both on federal charges and in Oklahoma on state charges.", []),
    ("Hale went back to the office, brushing off claims that turmoil was dragging down the economy.", []),
    ("The rule allows anyone who did not file to go back and claim a refund.", []),
    # ... but a relative clause coordinated before a finite cue: the head before "who" speaks
    ("A student who spoke to the Courier and said she saw the posts called them vile.", ["A student"]),
    ("In his opening remarks, Hale said he was suited for the job.", ["Hale"]),
    ("She has endured relentless questions about whether she will drop out.", []),
    ("The council received the 95-page report on Wednesday.", []),
    ("I am deeply sorry for my past comments, he wrote.", ["he"]),
    ("The vote raised serious doubts about whether the council will act.", []),  # a past verb's object
    ("The loss narrowed his path, raising serious doubts about his ability to win.", []),
    # an adjective after an owner, "of" or a determiner makes the cue form a noun
    ("The story of conservative fears over the change began long ago.", []),
    ("Her endorsement of the magical thinking that crowds are safe is alarming.", []),
    ("It was the only item in the department's fiscal request for next year.", []),
    ("Sales fell 3% after a previous decline of 12%.", []),
    # a year before a bare cue form modifies the noun (not after a preposition: "voters in 2016 say")
    ("The party cut $36 billion from the mayor's $58 billion 2016 request of emergency funds.", []),
    ("Voters in 2016 say they want change.", ["Voters"]),
    # a noun that may head a speaker, or a plural, before the cue form: its verb
    ("The council plans to close the library.", ["The council"]),
    ("The military plans to cut 1,000 jobs.", ["The military"]),
    # a plural head with a phrase after it ("of the system", "behind the plan"): the plural is the form's subject
    ("The developers behind the system claim it is a break-through.", ["The developers behind the system"]),
    ("The people behind the plan say it will work.", ["The people behind the plan"]),
    ("The authors of the study say that the risk is small.", ["The authors of the study"]),
    # ... a place or a name after the preposition too, before a clause (a name and its verb too)
    ("The authorities in Istanbul believe Khashoggi was murdered.", ["The authorities in Istanbul"]),
    ("The police in London say the man was arrested.", ["The police in London"]),
    # ... not before a title in quotation marks, nor with a singular head
    ("Ann Lee directs the studies. They are the co-authors of the new report \"Free Inquiry and Research.\"", []),
    ("She handed the director of the bank plan details to officials.", []),
    # a cue form that is also a noun after bare lower-case modifiers with no determiner: a compound's head
    ("They could face criminal charges if they do not comply with the order.", []),
    ("On Monday he signed executive orders allowing the pipelines to go ahead.", []),
    ("High wind output during peak demand helped the grid survive the heat.", []),
    ("He has been the target of damaging news reports about his past work.", []),
    ("Markets fell on Monday, causing fresh worries for investors that were celebrating record highs.", []),
    ("Stocks rose, defying growth fears sounded by government bonds.", []),
    ("One apparent donor worries about the staying power of his candidacy.", ["One apparent donor"]),
    ("New research claims that coffee helps.", ["New research"]),
    ("The city's 70-page report on the flood came out last week.", []),
    # ... not after a plural, a name or an owner before the words, nor after a postmodifier
    ("Critics charge that the law is unfair.", ["Critics"]),
    ("Russian state media reports that the talks failed.", ["Russian state media"]),
    ("Mr. Lee's newest statement claims that the meeting was brief.", ["Mr. Lee's newest statement"]),
    ("Workers on minimum wage report that they skip meals.", ["Workers on minimum wage"]),
])
def test_a_cue_form_that_is_a_noun_after_a_modifier_is_the_noun(text, speakers):
    assert [speaker for _c, speaker, _r in attributions(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a date after "dated" is no speaker: the thing dated is
    ("The plan, attached to the email and dated 1 December 2015 said the deal was off.", "The plan"),
    ("The memo dated 3 May 2019 said the deal was off.", "The memo"),
    # an infinitive cue after "but" and a new subject with its aside: that subject's, not the sentence's first
    ("A difference of 0.5C may appear small but the IPCC report, which is a summary of the science, is expected to "
     "warn there will be major impacts.", "the IPCC report"),
    # a spaced dash closes an aside, no hyphen inside the speaker's phrase
    ("With confirmed cases reaching 233 - in addition to 14 deaths - Mr Trump urged calm.", "Mr Trump"),
    ("On polls and enthusiasm - The Vice Presidential nominee said the bounce had faded.",
     "The Vice Presidential nominee"),
    # a subject before a participle's aside speaks, when the name after the cue is the subject of quoted words
    ('The lawsuit, filed Monday in the district court, says Mr. Smith "has ignored the limits on power".',
     "The lawsuit"),
    ('The senator, speaking on Sunday, says Mrs. Lee "has broken her word".', "The senator"),
    # a share of people speaks, after "about", "around", "nearly" too, which stay out of the speaker
    ("One in five say they would not vote.", "One in five"),
    ("Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders.", "three-quarters"),
    ("Asked about health care, two-thirds (67 percent) of voters said it was very important.",
     "two-thirds (67 percent) of voters"),
    ("About four in 10 primary voters say that honesty matters most.", "four in 10 primary voters"),
    ("About 40 percent say they would not vote.", "40 percent"),
    ("About half of voters say they would not vote.", "half of voters"),
    ("Nearly half say they would vote.", "Nearly half"),  # an approximator before a fraction alone
    ("About a quarter of voters said they were undecided.", "a quarter of voters"),
    ("Nearly a third say they do not know.", "Nearly a third"),  # a fraction is plural in sense: its bare verb speaks
    ("The issue is fading because around one quarter said they had no view.", "one quarter"),
    # a hyphenated modifier inside the phrase after "one"; opening adverbs without their comma before the subject
    ('"Ideas fade," said one well-connected Democrat familiar with the campaign.',
     "one well-connected Democrat familiar with the campaign"),
    ("And then Hale went on the attack, saying the mayor was weak.", "Hale"),
    ("Then Hale went on the attack, saying the mayor was weak.", "Hale"),
    # a naming cue coordinated after a clause of the speaker, with the name in quotation marks
    ('Hale took the stage in Leeds and called the system "rotten to the core."', "Hale"),
    # a title and a role between "with" and the speaker of a participle
    ("Others went further, with former Leeds Gov. Dana Hale calling the mayor a fraud.", "Dana Hale"),
    # "As reported by X," opens the main clause that X reported
    ("As reported by the Leeds Courier, the minister was aware of the breach.", "the Leeds Courier"),
    ("The plan, as first reported by the Courier, was dropped.", "the Courier"),
    # a name after "from" or "by" before the colon of a quotation speaks, not the sentence's subject
    ('The plan drew a sharp rebuke from Senator Dana Hale: "This is a disgrace."', "Senator Dana Hale"),
    ('More from Hale: "The state is a starting point."', "Hale"),
    # "neither" after an auxiliary stands between the speaker and the cue; as a subject it speaks
    ("The firm has neither admitted nor denied wrongdoing in the settlement.", "The firm"),
    ("Neither says they are running.", "Neither"),
    # a modifier in -ing after a determiner is of the phrase
    ("According to the reigning paradigm, cholera spread through clouds of gas.", "the reigning paradigm"),
    # the object of "expect", "allow", "invite" speaks the infinitive after it
    ("Whatever his past, few expected Hale to announce he was stepping down.", "Hale"),
    ("That plan would allow Republicans to say they did not back down.", "Republicans"),
    # a capitalised role set off before its holder's name: both are the speaker
    ("Last week, Leeds Finance Minister, Dana Hale, told the press that taxes would rise.",
     "Leeds Finance Minister, Dana Hale"),
    # a stray comma between a speaker who opens the sentence and the cue
    ("Hours later, Hale's lawyer Bob Ruiz, responded to her statement with a list of questions.",
     "Hale's lawyer Bob Ruiz"),
    # a verb between a name and a determiner ends the name's phrase; a plural noun after a name does not
    ("Mr. Hale struck a measured tone, saying he understood the responsibility.", "Mr. Hale"),
    ("Ruiz rips the agreement, saying the deal favours the banks.", "Ruiz"),
    ("Hale aides said the plan was dead.", "Hale aides"),
    # a name right after a plural noun is the subject of a clause without its "that"
    ('It pits the young people Mayor Dana Hale-Ruiz called "thugs" against the police.', "Mayor Dana Hale-Ruiz"),
    ("Hale delivered victory after victory on issues Ruiz long claimed to care about.", "Ruiz"),
    ("Nearly a fifth of religious Americans said they still attend services.", "Nearly a fifth of religious Americans"),
    ('Liberal Democrat spokeswoman for women Dana Hale said: "We welcome it."',
     "Liberal Democrat spokeswoman for women Dana Hale"),
    # a clause without its "that" after a noun: the speaker opens at "the", a plural role head too
    ("The paper paid for the research, a connection the lawyers revealed for the first time on Friday.", "the lawyers"),
    ("Tariffs will fall, a move the spokesmen confirmed for the first time on Friday.", "the spokesmen"),
    # a hyphenated adjective in -ed before its noun is part of the phrase (not a verb before its object)
    ("Now, one kind-hearted Canadian wants to say that the border is open.", "one kind-hearted Canadian"),
    ("Some low-skilled workers said the plan was unfair.", "Some low-skilled workers"),
    # a verb's particle ends the clause before the speaker's article ("set up"); the giver of a statement put out
    ("When it was set up the firm said tickets would be cheaper.", "the firm"),
    ("The campaign put out a statement saying the claims were false.", "The campaign"),
    # ... and one whose subject opens with "many" or "some"
    ("Though the vote did not play out as the coronation many pundits initially forecast, Ruiz has won.",
     "many pundits"),
    # a clause without its "that" after a noun of time: its subject speaks
    ("She won the award on the same day the Court of Appeal ruled that the ban was illegal.", "the Court of Appeal"),
    # ... and so does a time adjunct with "last", "this" or "next" (not one inside the phrase: "a poll this month by")
    ("When the game hit the shops in Europe last week fans wrote in to complain.", "fans"),
    ("A poll this month by Lakeside College found that most voters were undecided.",
     "A poll this month by Lakeside College"),
    # a name opening the sentence after an adverb or conjunction, before two asides, is the speaker
    ("Earlier Sabine Lowe, director general for trade in the commission, the union's executive arm, cautioned "
     "that the plan would fail.", "Sabine Lowe, director general for trade in the commission"),
    ("But Mark Kovac, executive director of the Center for Border Studies, which seeks less migration, said the "
     "plan would fail.", "Mark Kovac, executive director of the Center for Border Studies"),
    # two roles joined by "and", the first with its modifier, describe the name before them
    ("John Ekdal, a web developer and blogger who signed up to be a volunteer, described problems with the app.",
     "John Ekdal, a web developer and blogger who signed up to be a volunteer,"),
    ("The real-estate mogul and reality-TV star said the plan would work.", "The real-estate mogul and reality-TV star"),
    # people of a poll or of interviews with an adjunct after their participle, also before an aside
    ("Veterans interviewed at rallies in Ohio this week said they had no problem with it.",
     "Veterans interviewed at rallies in Ohio this week"),
    ("Most of those polled in Iowa said they had no problem with it.", "Most of those polled in Iowa"),
    ("Many veterans interviewed at rallies in Ohio, including Mr. Ruiz, said they had no problem with it.",
     "Many veterans interviewed at rallies in Ohio"),
    # a relative clause of "that" or "which" with its verb and object: the object is no speaker
    ("The company that makes the drug said it would appeal.", "The company that makes the drug"),
    ("One of the agencies that issued the advisory said the attacks continued.",
     "One of the agencies that issued the advisory"),
    ("A senior executive of the company which owns the plant says there is no risk.",
     "A senior executive of the company which owns the plant"),
    ("The piece that said advisers wrote the talking points was wrong, advisers wrote.", "advisers"),
    # a name after the cue is a better speaker than a phrase before an aside only when it heads its phrase
    ('The lawmaker, who represents a district in Albay province, said Trump\'s remarks "have had widespread '
     'dissemination."', "The lawmaker"),
    # irregular past forms are verbs, no nouns of a speaker phrase
    ('The lawyer who ran three marathons before his right knee blew out is talking about "a fierce urgency" to get '
     'things done.', "The lawyer who ran three marathons before his right knee blew out"),
    # a participle of speech after a verb and its possessed object: the clause's subject speaks
    ('House Speaker John Boehner dug in his heels saying "there is no way Congress can pass such a bill."',
     "House Speaker John Boehner"),
    # ... and after a verb in -ed and its object before a speech participle and "that": the one who acted says it
    ("During the crisis, the firm sued the state alleging that the freeze had hurt the company.", "the firm"),
    ("Campus activists filed a complaint against the university alleging that it failed to protect students.",
     "Campus activists"),
    ("He later contacted the show saying the original e-mail had been sent in error.", "He"),  # (a clause, no "that")
    # ... but a document by a named author speaks for itself
    ("The newspaper published an article by reporter Dan Hale stating that the donations were legal.",
     "an article by reporter Dan Hale"),
    # a participle between the article and the document after "according to"
    ("Airstrikes are proceeding despite gaps in intelligence, according to a published report.",
     "a published report"),
    # "amid", like "despite", opens an adjunct: the phrase after it speaks, not the object before it
    ("The minister has backed the finance plan amid opposition claims that it was based on fiddled figures.",
     "opposition"),
    ("The senator demanded action amidst party calls for a travel ban covering the region.", "party"),
    # members named in an aside after the speaker ("including", "among them"), with a label of their own, are no
    # speaker: the group before them speaks
    ("Authors of the bill, including Sen. Dana Ruiz, D-N.Y., have said they are open to changes.",
     "Authors of the bill"),
    ("Some Republicans, among them Sen. Dana Ruiz, R-Ky., said the deal was terrible.", "Some Republicans"),
    # a capitalised "The" after a name after the cue opens a sentence that lost its full stop
    ('"The risks are real," said bank analyst Dana Ruiz The dispute with the regulator is part of a wider fight.',
     "bank analyst Dana Ruiz"),
    # a name, a comma and an affiliation of several prepositions whose closing comma is missing: the name speaks
    ('Dr Erel Avineri, of the Centre for Transport at the University of Bristol said: "The design is poor."',
     "Dr Erel Avineri, of the Centre for Transport at the University of Bristol"),
    # a party's member set off after a name or a role, then a relative clause: the label is the name's, not a speaker
    ("Rep. Michael C. Burgess, Texas Republican, who also addressed the conference on Monday, said the agencies were "
     "slow.", "Rep. Michael C. Burgess"),
    ("The senator, a Maine Democrat, who spoke first, said the plan was dead.", "The senator"),
])
def test_a_speaker_phrase_in_real_news(text, speaker):
    assert speaker in [s for _c, s, _r in attributions(text)], attributions(text)


@pytest.mark.parametrize(("text", "speakers"), [
    # a source's request for anonymity reports nothing
    ('"It was disproportionate," said the source, who requested anonymity to discuss the spat.', ["the source"]),
    ("The official, who asked not to be identified, said the talks had stalled.", ["The official"]),
    ("The families asked that their names be withheld.", []),
    # so does a refusal to comment, and an answer to a request for comment
    ("The spokesman would not comment on the report.", []),
    ("Fiat, Italy's largest employer, did not comment on the reported changes.", []),
    ("The company did not respond to a request for comment.", []),
    ("Neither Mr. Axelrod nor Ms. Yates responded to multiple emails and phone calls seeking comment.", []),
    ("The minister responded to the criticism, saying it was unfair.", ["The minister"]),
    # an intention in a restrictive relative clause says which people, no statement of theirs; "Trump, who ..."
    # is one
    ("Muslims who want to visit the United States face a ban.", []),
    ("Voters who plan to back Trump in November are older.", []),
    ("Trump, who wants to cut taxes, spoke in Ohio.", ["who"]),
    # "continued to" reports nothing, a quotation near it or not
    ('"We flew every day," he said, and his mates continued to fly.', ["he"]),
    # what a speaker warned of or against is said, and so is the participle's clause after it
    ("In August the firm warned of annual losses of $6m, blaming delays in signing new contracts.",
     ["the firm", "the firm"]),
    ("He also warned against more stimulus, saying the US should not be easing.", ["He", "He"]),
    # a participle without a complement, or a plan or belief without a reported clause, reports nothing
    ("With all precincts reporting, Klobuchar was in sixth place.", []),
    ("With the United States considering charges against him, Snowden told the paper he hoped to stay.",
     ["Snowden"]),
    ("Both sides dug in, with each side hoping to win over undecided voters.", []),
    # a form in -ing after "and" that coordinates with a gerund of the content is no participle clause of its own
    ("Dr Hale accused the ministers of telling lies about the plan and then attacking the lies.", ["Dr Hale"]),
    # ... but a speech act after "and" is ("... and quickly adding: ...")
    ('Mr Hale said "I get alarmed by what I read" before catching himself and quickly adding: "If I read it."',
     ["Mr Hale", "Mr Hale"]),
    # a belief's form in -ing after "and" with no clause after it is a gerund, no belief of anyone's
    ("Mr Owen said games could help children make quick assessments and learning by trial and error.",
     ["Mr Owen"]),
    ("Some patients described waking early every day and feeling back pains that had no explanation.",
     ["Some patients"]),
    ("Our country is left adrift, searching for leadership and worrying about any pathway to keep it intact.", []),
])
def test_with_and_a_participle_that_reports_nothing(text, speakers):
    assert [speaker for _c, speaker, _r in attributions(text)] == speakers


@pytest.mark.parametrize("text", [
    "UPDATE: The Vote Was Delayed", "Note: the vote was delayed.",
    # a list's labels, a photo credit and a scorecard's headings
    "ATTACKER: Unidentified Group Operatives", "Photographer: Ann Lowe/Newswire Photographer: Ann Lowe/Newswire",
    "Loser: Marco Lowe Of Ohio", "Myth 1: The Caucus Is Trying to Shut Down the Government",
    # a fact check's, a timeline's and a video player's headings in capitals
    "FACT: There is no federal background check requirement for private sales.",
    "CLAIM: The plan would cost every family $4,000.", "TIMELINE: How the talks broke down",
    "GRAPHIC: Where the votes came from", "JUST WATCHED Boehner: Obama wants to win",
    # the writer's imperative
    "Please note that the figures were revised on Monday.",
    # a headline, a heading or a link to another story between paragraphs reports nothing in the article
    "The minister spoke on Monday.\n\nStorm blamed for wrecks, deaths\n\nThe roads reopened.",
    "The minister spoke.\n\nPutin says hacking 'theoretically possible' Read more\n\nThe roads reopened.",
    "Mayor Calls For Police Chief's Resignation In Personal Plea\n\nThe roads reopened on Monday.",
])
def test_section_labels_are_no_speakers(text):
    assert attributions(text) == []


@pytest.mark.parametrize("text", [
    # the passive of an evaluation verb in another sense: an interrogation, a dismissal, a physical attack
    "The teenager will be questioned by a special team of officers and agents.",
    "He was dismissed in late June by the company's board.",
    "The detention centre was attacked on July 13 by a gunman.",
])
def test_a_passive_in_another_sense_judges_nothing(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "content"), [
    # ... but a short paragraph with a full stop does, and so does a line broken inside its sentence
    ("The minister spoke.\n\nThe mayor said the storm was over.\n\nThe roads reopened.", "the storm was over"),
    ("Obama, who called the attack a hate\n\ncrime, said guns were too easy to buy.", "the attack a hate"),
])
def test_a_short_paragraph_or_broken_line_still_reports(text, content):
    assert content in [c for c, _s, _r in attributions(text)]


def test_each_turn_of_a_transcript_paragraph_is_its_speakers():
    text = ('The interview went on.\n\nHALE: "Will you run for mayor?" RUIZ: "My focus is on the council." '
            'HALE: "Is that a yes?" RUIZ: "Take it as a no."')
    assert [(c, s) for c, s, _r in attributions(text)] == [
        ('"Will you run for mayor?"', "HALE"), ('"My focus is on the council."', "RUIZ"),
        ('"Is that a yes?"', "HALE"), ('"Take it as a no."', "RUIZ")]


def test_a_bare_plural_after_told_is_the_addressee():
    found = attributions('"We did plan to go live," the host told viewers.')
    assert [(c, s) for c, s, _ in found] == [('"We did plan to go live,"', "the host")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Wow, because of the pressure put on by me, ICE TO LAUNCH RAIDS. It's about time! \u2014 Donald J. Trump "
     "(@realDonaldTrump) December 24, 2015", "Wow, because of the pressure put on by me, ICE TO LAUNCH RAIDS. It's "
     "about time", "Donald J. Trump"),
    ("Based on false statements, I have instructed our reps not to endorse the Communique! \u2014 Donald J. Trump "
     "(@realDonaldTrump) June 9, 2018 Report", "Based on false statements, I have instructed our reps not to "
     "endorse the Communique", "Donald J. Trump"),
])
def test_an_embedded_post_is_what_its_signature_names_wrote(text, content, speaker):
    assert attributions(text) == [(content, speaker, "embedded_post")]


@pytest.mark.parametrize("text", [
    "The rally ended \u2014 Donald J. Trump left the stage on December 24, 2015",
    "It's about time! \u2014 Donald J. Trump (a tweet) December 24, 2015",
])
def test_a_dash_and_a_date_without_a_handle_sign_no_post(text):
    assert [rule for _, _, rule in attributions(text)] != ["embedded_post"]


@pytest.mark.parametrize(("text", "expected"), [
    # "according to" at the front of the reported clause: the outer source reports all of it, the named one the
    # clause after it, nested
    ("The newspaper reports that, according to local officials, troops seized the station on Sunday.",
     [("that, according to local officials, troops seized the station on Sunday", "The newspaper", "speaker_cue"),
      ("troops seized the station on Sunday", "local officials", "nested_according_to")]),
    ('Jones also wrote that according to the notes "it appears that the director raised the idea".',
     [('that according to the notes "it appears that the director raised the idea"', "Jones", "speaker_cue"),
      ('"it appears that the director raised the idea"', "the notes", "nested_according_to")]),
    # a means ("by" and a participle) at the front: the clause's subject does it, no attribution of its own
    ("Critics contend that by focusing on the comments, the party is missing the bigger picture.",
     [("that by focusing on the comments, the party is missing the bigger picture", "Critics", "speaker_cue")]),
    ("The lawyers say that by asking the question, the agency is violating the statute.",
     [("that by asking the question, the agency is violating the statute", "The lawyers", "speaker_cue")]),
    # a subordinate clause at the front: part of what the speaker reports ...
    ("Smith noted that, while he did not agree with every policy, the donations were helpful.",
     [("that, while he did not agree with every policy, the donations were helpful", "Smith", "speaker_cue")]),
    # ... and a source in the main clause after it is still nested
    ("Smith said that, while the talks went on, officials told reporters the deal was off.",
     [("that, while the talks went on, officials told reporters the deal was off", "Smith", "speaker_cue"),
      ("the deal was off", "officials", "nested_speaker_cue")]),
])
def test_a_phrase_at_the_front_of_a_reported_clause_is_part_of_it(text, expected):
    assert attributions(text) == expected


def test_a_passage_with_attributions_of_its_own_is_what_the_source_said_and_they_are_nested():
    text = ("Officials met on Monday. In an interview, Dana Ruiz said:\n\nWe went to the town and the mayor told us he "
            'would help. He asked, "What do we have to lose?" It was a long day.\n\nThe talks ended.')
    quotes = find_quotes(text)
    passage = [q for q in quotes if q.outer is None]
    assert [(q.speaker_mention, q.rule, q.text[:10]) for q in passage] == [("Dana Ruiz", "speaker_cue_passage",
                                                                             "We went to")]
    assert [q.outer is passage[0] for q in quotes if q.rule.startswith("nested_")] == [True, True]
    assert ("he would help", "the mayor") in [(q.text, q.speaker_mention) for q in quotes]


def test_a_roundups_quoted_paragraphs_are_what_the_signature_line_after_them_names():
    text = ("From the Left\n\n\u201cThe senator is surging in the polls.\u201d\n\nDana Ruiz, Harbour Times\n\n"
            "\u201cHe used a deferment.\n\n\u201cHe has no choice but to run.\u201d\n\nEditorial Board, Ashton Post\n\n"
            "From the Right\n\nThe senator said the plan failed.")
    found = attributions(text)
    assert found == [("\u201cThe senator is surging in the polls.\u201d", "Dana Ruiz, Harbour Times", "signature_line"),
                     ("\u201cHe used a deferment. \u201cHe has no choice but to run.\u201d", "Ashton Post",
                      "signature_line+paragraphs"),
                     ("the plan failed", "The senator", "speaker_cue")]


def test_a_signature_line_that_lost_its_line_break_still_signs_its_paragraph():
    text = "From the Left\n\n\u201cThe senator is surging.\u201d Dana Ruiz, Harbour Times\n\nMore follows."
    assert attributions(text) == [("\u201cThe senator is surging.\u201d", "Dana Ruiz, Harbour Times",
                                   "signature_line")]


@pytest.mark.parametrize("text", [
    "\u201cWe will win.\u201d\n\nDana Ruiz, the mayor, said so.",  # a sentence, not a signature
    "He spoke.\n\nDana Ruiz, Harbour Times",  # no quoted paragraph before it
])
def test_no_signature_line_without_a_quoted_paragraph_and_a_bare_name_and_outlet(text):
    assert "signature_line" not in [rule for _c, _s, rule in attributions(text)]


def test_a_passage_set_off_after_a_colon_is_what_the_source_wrote():
    text = ("The curriculum is not mandatory. According to Education Week:\n\nSeattle's four-page framework is still "
            "in the proposal stage. If adopted, its ideas will be included in math classes.\n\nAdvertisement:\n\nAD")
    found = attributions(text)
    assert found == [("Seattle's four-page framework is still in the proposal stage. If adopted, its ideas will be "
                      "included in math classes.", "Education Week", "according_to_passage")]


@pytest.mark.parametrize("text", [
    # a question or exclamation ends its sentence; "X said, according to Y" after it gives the quotation to X
    '"Why would we talk to them?" Ms Ruiz said, according to the Ledger.',
    '"Why would we talk to them?" Ms Ruiz said in 2005 on the radio, according to the Ledger.',
    '"Why would we talk to them?" Ms Ruiz told reporters, according to the Ledger.',
])
def test_a_quotation_before_its_speaker_and_according_to_is_the_speakers(text):
    assert attributions(text) == [('"Why would we talk to them?"', "Ms Ruiz", "content_speaker_cue")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a source with a cue of its own inside another's content: a row of its own, the rest of that content
    ("Nunes said documents showed some members of the team had been watched.",
     "some members of the team had been watched", "documents"),
    ("The official said the survey also showed that people would accept the tags.",
     "that people would accept the tags", "the survey"),
    ("Bolton wrote that the president told reporters he wanted to freeze the aid.", "he wanted to freeze the aid",
     "the president"),
    ("Mr Peston's book claimed that Mr Brown told Mr Blair: \"There is nothing you could say.\"",
     '"There is nothing you could say."', "Mr Brown"),
    ("He said he looked forward to the contest in New Hampshire, where polls show him ahead.", "him ahead",
     "polls"),
    # a speech cue's clause without "that", a subject and a finite auxiliary or modal opening it
    ("A source confirmed that Judge Ruiz has indicated he would not read the question.",
     "he would not read the question", "Judge Ruiz"),
    ("The senators say the President indicated the disaster money was too important.",
     "the disaster money was too important", "the President"),
    # a cue in -s other than "says" and "tells" nests before "that" ("advises that", "concludes that"), inside a
    # quotation too
    ('"Senate counsel advises that the clerk has no discretion to release the file," Ms Adams said.',
     "that the clerk has no discretion to release the file", "Senate counsel"),
    ('"The report concludes that the plan failed," she said.', "that the plan failed", "The report"),
    # an opening "according to X," reports the clause after it, whose own attribution is nested
    ("According to a YouGov poll, almost half of Americans say that they use cashless payments.",
     "that they use cashless payments", "half of Americans"),
    ("According to a CNN poll, 68% of Americans think a shutdown is a bad idea.", "a shutdown is a bad idea",
     "68% of Americans"),
    # "according to" closing a sentence that opens with a speaker: the source reports it all, the speaker is nested
    ("An aide, Dana Ruiz, said that they wanted to run, according to a Republican briefed on the meeting.",
     "that they wanted to run", "An aide, Dana Ruiz"),
    ("At a lunch with Ann Cole, a lawyer who was an adviser in Mr. Reagan's White House, an aide to the governor, "
     "Dana Ruiz, said that they wanted to run, according to a Republican briefed on the meeting.",
     "that they wanted to run", "an aide to the governor, Dana Ruiz"),  # "to" before a role's object
    ('"I am not the one," Mr Ruiz told the stunned members, according to Mr Cole.', '"I am not the one,"',
     "Mr Ruiz"),
    # a naming cue with a quoted name, after "what" too: the name(s) it gives
    ('The mayor vowed to end what officials call "legal loopholes" and "catch-and-release" policies.',
     '"legal loopholes" and "catch-and-release"', "officials"),
])
def test_an_attribution_inside_another_is_a_row_of_its_own(text, content, speaker):
    found = attributions(text)
    assert (content, speaker) in [(c, s) for c, s, rule in found if rule.startswith("nested_speaker")], found
    outer = [q for q in find_quotes(text) if q.outer is None]
    assert [q.outer for q in find_quotes(text) if q.rule.startswith("nested_")] == outer[:1]


@pytest.mark.parametrize("text", [
    "Clinton said she believes the policy must continue.",  # the speaker's own belief (a pronoun)
    "The minister said companies can show a reason for the delay.",  # under a modal
    "The report said jobless benefit claims had soared to a record.",  # a noun, not a cue
    "The senator said its conspiracy charges were false.",  # a possessive's noun
    "Aides said Zuckerberg has shown interest in the workforce.",  # an object, no clause
    "Ms Cole said that the president has emphasized the same points in his talks.",  # an object, no auxiliary
    "He said the law, which critics say prevents voting, would stay.",  # a relative clause's gap
    "Analysts said the Times report was wrong.",  # a newspaper's report, a noun
    'The firm announced a plan in April called "Accelerate Ohio" to reopen.',  # a participle naming a thing
    "A student who had access to Mr. Ruiz's notes said she threatened to expose him.",  # a noun's "to"
])
def test_no_nested_attribution_without_a_source_and_a_clause(text):
    assert not [rule for _c, _s, rule in attributions(text) if rule.startswith("nested_")]


@pytest.mark.parametrize("text", [
    "The exchange raises questions about how a shift might spur innovation.",  # a verb after a noun after all
    "But a closer look shows that the practices of the prosecutors bear comparison.",
    "She read a third report that day.",  # an ordinal before a noun, no share
    "E.J. Dionne Jr., Washington Post",  # a column's signature: a name and its paper, nothing said
])
def test_a_verb_after_a_noun_is_no_speaker_phrase_unless_a_speech_cue_follows(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective of belief after "be" reports only before a clause, its subject the source, not a passive
    ("Privacy advocates are concerned that monitoring at work damages trust.",
     [("that monitoring at work damages trust", "Privacy advocates", "speaker_cue")]),
    ("Others are less confident that the boom can continue.",
     [("that the boom can continue", "Others", "speaker_cue")]),
    ("The striker is confident he can win his first medal.", [("he can win his first medal", "The striker",
                                                               "speaker_cue")]),
    ("The minister is worried that the deal will fail.", [("that the deal will fail", "The minister", "speaker_cue")]),
    ("Officials are worried about the delay to the inquiry.",
     [("about the delay to the inquiry", "Officials", "speaker_cue")]),  # what the belief is about
    ("Concerned citizens gathered outside the hall.", []),
    ("The union was happy to help with the count.", []),
    # ... and before a noun it is part of the speaker
    ("The worried voters said they would stay home.", [("they would stay home", "The worried voters", "speaker_cue")]),
    # ... and a relative clause after a source that closes the sentence is no content of the source
    ("Prices rose in every region last year according to one of the analysts who is worried about the figures.",
     [("Prices rose in every region last year", "one of the analysts", "according_to"),
      ("about the figures", "who", "speaker_cue")]),
    # "aim" reports an intention only before a to-infinitive
    ("She is concerned children are playing games aimed at adults.",  # (her concern is a belief; "aimed" is none)
     [("children are playing games aimed at adults", "She", "speaker_cue")]),
    ("Their greatest aim was to win the seat.", []),
    ("The program aims to maintain the jobs.", [("to maintain the jobs", "The program", "speaker_cue")]),
    # a bare cue form after an opening prepositional phrase is a noun ("After the initial report Oct. 25, ...")
    ("After the initial report on Monday, officials were silent.", []),
    # "determine" reports a finding only before a reported clause
    ("Experts determined the video had been sent through Pakistan.",
     [("the video had been sent through Pakistan", "Experts", "speaker_cue")]),
    ("Prosecutors will determine later if he will be charged.", []),
    ("I am determined to take whatever steps are necessary.", []),
    # a cue with "off" is a phrasal verb, no speech
    ("Even some of his own supporters wrote off his more provocative comments.", []),
    ("Both have sworn off big-dollar fundraisers.", []),
    # an empty subject gives a participle clause no speaker
    ("There needed to be a drive to use simpler language, talking about the basic morality of the issues.", []),
    # a cue in -s before a finite verb is the head of the subject ("their housing claims were reviewed"); "thanks
    # to" is "because of"
    ("Families waited for weeks while their housing claims were reviewed by officials.", []),
    ("The longest list of union demands was ignored by the board.", []),
    ("The team drew level on the hour mark thanks to a late header from Okafor.", []),
    ("What the agency says is a threat to the city.", [("is a threat to the city", "the agency", "speaker_cue")]),
    # "see" under a modal is what one gets, unless one sees something "as" something
    ("Farmers in the valley will all see a $300 payment next spring.", []),
    ("Only 17 percent of voters would see it as no problem at all.",
     [("it as no problem at all", "Only 17 percent of voters", "speaker_cue")]),
    # ... and "saw" is what one witnessed or went through, unless one saw something "as" something or that a clause
    # holds; in the present "see" is a view
    ("Lateral Visions saw a gap in the market.", []),
    ("Desailly saw huge changes during his time at Stamford Bridge.", []),
    ("I saw a commercial van stopped on the side of the road.", []),
    ("The campaign saw the party as a tool for re-election.",
     [("the party as a tool for re-election", "The campaign", "speaker_cue")]),
    ("Black voters saw that Obama could actually win.", [("that Obama could actually win", "Black voters",
                                                           "speaker_cue")]),
    ("Investors see a one-in-five chance of a rate cut.", [("a one-in-five chance of a rate cut", "Investors",
                                                            "speaker_cue")]),
    # "plan" reports an intention only before a to-infinitive (a gold cue 2 times in 19 otherwise in PolNeAR train)
    ("Savings depend on the road repair plan that the mayor is about to endorse.", []),
    ("The unions are planning a march in the capital.", []),
    ("The mayor plans to bring the proposal to a vote.", [("to bring the proposal to a vote", "The mayor",
                                                           "speaker_cue")]),
    # writing "for" a named outlet says whom the writer works for, not what was written
    ("Ana Ruiz and Tom Bell report for the Fresno Lantern.", []),
    ("Jane Doe writes for The Monthly and teaches at a college.", []),
    ("He wrote for the Lantern that the plan would fail.", [("that the plan would fail", "He", "speaker_cue")]),
    ("Mr Fox argued for Britain to leave the union.", [("for Britain to leave the union", "Mr Fox", "speaker_cue")]),
    ("Mr Fox apologised for the Tweeden incident.", [("for the Tweeden incident", "Mr Fox", "speaker_cue")]),
    # a bare cue form after a causative verb and its object: made or let to act, no one speaks
    ("It is theatre to make travellers feel safer at airports.", []),
    ("The networks let their viewers know when a rival is in trouble.", []),
    ("As we left, Mr Fox made a point to tell us that he grew up nearby.",
     [("us that he grew up nearby", "Mr Fox", "infinitive_subject")]),
    # a cue in -ing after "after", "while" ... opening the sentence: the subject after the phrase speaks
    ("A day after saying that the plan had failed, Mr Fox called for legislation to end it.",
     [("that the plan had failed", "Mr Fox", "fronted_participle"), ("legislation to end it", "Mr Fox", "speaker_cue")]),
    ("While insisting he was innocent, the mayor stepped down.",
     [("he was innocent", "the mayor", "fronted_participle")]),
    ("Less than a week after announcing that the firm was hiring two new lawyers, Mr Fox had to walk it back.",
     [("that the firm was hiring two new lawyers", "Mr Fox", "fronted_participle")]),
    # an infinitive cue after an absolute phrase's participle and its object: the noun after "with" speaks
    ('The assembly pitted the world against him, with the US president using his speech to praise "clean coal".',
     [('"clean coal"', "the US president", "infinitive_subject")]),
    # ... and at the sentence's start, over quoted words; the main cue then reports the clause after it
    ('Calling the decision "a disgrace," Mr Smith said he would appeal.',
     [('the decision "a disgrace,"', "Mr Smith", "fronted_participle"), ("he would appeal", "Mr Smith", "speaker_cue")]),
    ('Claiming that "most people never asked for it," Mr Ruiz said the law was imposed.',
     [('that "most people never asked for it,"', "Mr Ruiz", "fronted_participle"),
      ("the law was imposed", "Mr Ruiz", "speaker_cue")]),
    ("Arguing that the tax would hurt families, the senator resigned.",
     [("that the tax would hurt families", "the senator", "fronted_participle")]),
    # ... not a belief's condition, nor where or to whom the speaker spoke
    ("Assuming that's correct, the workforce will still grow by only 0.3 percent.", []),
    ("Writing on Twitter, Mr Ruiz said the law was unfair.", [("the law was unfair", "Mr Ruiz", "speaker_cue")]),
    # a bare cue form after a possessive's noun phrase is a noun, unless a clause follows it
    ("Mr Ruiz, who stepped down from his Treasury post to stand for election, had backed the plan.", []),
    ("He left his White House post in May.", []),
    ("Documents from his 1995 tax return show he took a large loss.",
     [("he took a large loss", "Documents from his 1995 tax return", "speaker_cue")]),
    # a participle right after a noun and right before "by": the agent speaks of the noun phrase
    ("The posters prompted accusations of bias, claims denied by the party.",
     [("claims", "the party", "participle_passive_by")]),
    ("Allegations denied by the minister have dogged the campaign.",
     [("Allegations", "the minister", "participle_passive_by")]),
    ("Nearly all of the priorities cited by the White House were met.",
     [("Nearly all of the priorities", "the White House", "participle_passive_by")]),
    # ... not where the participle names an act done to the noun (act_participle): nothing said
    ("An amendment offered by Senators Cruz and Lee is not in the bill.", []),
    ("The cabinet failed to produce documents requested by House Democrats.", []),
    ("The clip posted by Jimmy Kimmel was short.", []),
    ("The review, ordered by the Air Force secretary, will take a year.", []),
    # a contact clause ("the people it questioned") inside a speaker: its verb is no cue of its own, even nested
    ("29% of the people it questioned said they were wary of new phones.",
     [("they were wary of new phones", "29% of the people it questioned", "speaker_cue")]),
    ("According to the pollster, 29% of the people it questioned said they were wary of new phones.",
     [("29% of the people it questioned said they were wary of new phones", "the pollster", "according_to"),
      ("they were wary of new phones", "29% of the people it questioned", "nested_speaker_cue")]),
    # shares of a poll think or say, nested in its "according to", each its own clause; a pronoun and a verb in
    # the past open a nested clause without "that"
    ("About 70 percent think warming is happening, and about 53 percent think it is man-made, according to a study.",
     [("About 70 percent think warming is happening, and about 53 percent think it is man-made", "a study",
       "according_to"), ("warming is happening", "70 percent", "nested_speaker_cue"),
      ("it is man-made", "53 percent", "nested_speaker_cue")]),
    ("According to Jupiter Research 40% of homes with broadband say it helps them pick programmes.",
     [("40% of homes with broadband say it helps them pick programmes", "Jupiter Research", "according_to"),
      ("it helps them pick programmes", "40% of homes with broadband", "nested_speaker_cue")]),
    ("According to a new poll, 40% of voters in Iowa say the economy is the top issue.",
     [("40% of voters in Iowa say the economy is the top issue", "a new poll", "according_to"),
      ("the economy is the top issue", "40% of voters in Iowa", "nested_speaker_cue")]),
    ("According to a statement from the prosecutor, the executive admitted he instructed insurers to submit bids.",
     [("the executive admitted he instructed insurers to submit bids", "a statement from the prosecutor",
       "according_to"), ("he instructed insurers to submit bids", "the executive", "nested_speaker_cue")]),
    # a speaker with an aside, inside another's reported clause, speaks nested
    ("The Herald reported that Mr Fox, a senior minister, said the plan was dead.",
     [("that Mr Fox, a senior minister, said the plan was dead", "The Herald", "speaker_cue"),
      ("the plan was dead", "Mr Fox", "nested_speaker_appositive_cue")]),
    ("Ms Ruiz has denied reports that she has pulled out.",
     [("reports that she has pulled out", "Ms Ruiz", "speaker_cue")]),
    # "post" and a company's results: figures, nothing said (but "posted on Facebook that ..." is)
    ("For the full year, the firm posted a profit of $3bn.", []),
    ("The firm posted a 27% rise in sales.", []),
    ("The S&P 500 posted 59 new 52-week highs and one new low.", []),
    ("The index also posted a three-day winning streak.", []),
    ("Mr Fox posted on Facebook that the plan was dead.", [("that the plan was dead", "Mr Fox", "speaker_cue")]),
    # "write", "post", "conclude" and the work itself as object: nothing said yet (but what the work says, after a
    # participle, a colon or a quotation, is the row)
    ("The former director wrote a book about his years at the bureau.", []),
    ("The group posted a video of the attack online.", []),
    ("She concluded her remarks with a joke about the weather.", []),
    ("Mr Fox wrote that the book was a failure.", [("that the book was a failure", "Mr Fox", "speaker_cue")]),
    ("The senator wrote a letter to the agency summarizing the charges.",
     [("a letter to the agency summarizing the charges", "The senator", "speaker_cue")]),
    ("Mr Fox posted a message of support: \"Vote for Ann!\"",
     [("a message of support: \"Vote for Ann!\"", "Mr Fox", "speaker_cue")]),
    # "push" that moves its object somewhere: nothing urged (but "pushed X to act", "pushed for", "pushed back" are)
    ("The sell-off pushed the Dow into bear-market territory.", []),
    ("The US has pushed Japan off the top of the supercomputing chart.", []),
    ("Erdogan pushed Trump to extradite a Turkish cleric.",
     [("Trump to extradite a Turkish cleric", "Erdogan", "speaker_cue")]),
    ("Cruz pushed the party to shut down the government in 2013.",
     [("the party to shut down the government in 2013", "Cruz", "speaker_cue")]),
    # "claim" and a prize or a loss of lives, "concede" and a score: nothing said (but "claimed victory" declares it)
    ("Deacon claimed her first AAAs title over the distance.", []),
    ("New claims for unemployment benefits fell, data showed. The storm claimed the lives of three people.",
     [("New claims for unemployment benefits fell", "data", "content_speaker_cue")]),
    ("Ireland conceded a penalty close to their own line.", []),
    ("Sanders claimed victory in New Hampshire.", [("victory in New Hampshire", "Sanders", "speaker_cue")]),
    # "points" after a modifier is the noun ("on two consecutive points to earn a break"), no "point to"
    ("Nadal worked Roddick around the court on two consecutive points to earn two break points.", []),
    # "call" and what it summons or convenes: nothing said (but a quotation after it is what was called)
    ("A passer-by stopped and called 911.", []),
    ("A neighbour called police after hearing shots.", []),
    ("The prime minister called a snap election for June.", []),
    ("At the forum, Ms Ruiz called her vote in favour of the war a mistake.",
     [("her vote in favour of the war a mistake", "Ms Ruiz", "speaker_cue")]),
    ('The mayor called police "the force between order and chaos."',
     [('police "the force between order and chaos."', "The mayor", "speaker_cue")]),
    # "call" and a person rung up, with nothing after it but a time or an end: a telephone call
    ("She heard the news when her husband, also a physician, called her.", []),
    ("The senator called him on Monday.", []),
    ("Mr Fox called them last night about the deal.", []),
    # (guards: what the person was called, or called on)
    ("Trump attacked Romney, calling him, among other things, \"a failed candidate.\"",
     [("Romney", "Trump", "speaker_cue"), ('him, among other things, "a failed candidate."', "Trump", "participle_cue")]),
    ("Cruz called them on it.", [("them on it", "Cruz", "speaker_cue")]),
    # "add" with a plain object, progressive too: a thing added
    ("The firm was adding two new lawyers to its team.", []),
    # "maintain", "clarify", "fret", "marvel", "underscore" report only a clause ("maintained that ...")
    ("The agency maintained it had followed the rules.", [("it had followed the rules", "The agency", "speaker_cue")]),
    ("The council maintained the roads for years.", []),
    ("His campaign later clarified that he meant part-time workers.",
     [("that he meant part-time workers", "His campaign", "speaker_cue")]),
    ("While they fret, nothing is happening in Washington.", []),
    # manners of speaking report a quotation only ('"...," she laughed'), not a plain act
    ('"Not again," she laughed.', [('"Not again,"', "she", "content_speaker_cue")]),
    ("She laughed at the joke.", []),
    # "implore" tells its addressee what to do; "bemoan" evaluates its object
    ("The mayor implored residents to stay home.", [("residents to stay home", "The mayor", "speaker_cue")]),
    ("Aides begged the governor to stay.", [("the governor to stay", "Aides", "speaker_cue")]),
    # "characterize" and "term" name what they describe; "posit", "stipulate", "regret" report a clause only
    ("The senator characterized the bill as a giveaway.", [("the bill as a giveaway", "The senator", "speaker_cue")]),
    ("The author posits that the left has lost its way.",
     [("that the left has lost its way", "The author", "speaker_cue")]),
    ("The rules stipulate a six-month ban.", []),
])
def test_cues_that_report_only_in_one_construction(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "content"), [
    # a bare plural addressee of "told", with a word before it, ends where the reported clause's subject opens
    ("In Ohio, where many voters told exit pollsters they wanted a change, the race was close.", "they wanted a change"),
    # the addressee of "told" ends at a second article, where the reported clause opens
    ("Mr Griffin told the Independent the Tories' plans were a move onto their turf.",
     "the Tories' plans were a move onto their turf"),
    ("Blatter told the AP the accusation is ridiculous.", "the accusation is ridiculous"),
    # ... not at one after a preposition inside the addressee
    ("He told the head of the committee the plan had failed.", "the plan had failed"),
    # reported speech ends before the writer's ", when ..." or ", compared with ..."
    ("Voters said they could be persuaded before April 26, when voters in the state head to the polls.",
     "they could be persuaded before April 26"),
    ("Half of voters said Mr Ruiz would be better, compared with 41 percent for Ms Cole.", "Mr Ruiz would be better"),
    # ... but not before other subordinates, which may be the speaker's ("where the talks stalled")
    ("She said they met in Geneva, where the talks stalled.", "they met in Geneva, where the talks stalled"),
    # a subordinate with no subject of its own opens reported speech when a main clause follows it
    ("The agent agreed, saying when apprehended, many migrants want amnesty.",
     "when apprehended, many migrants want amnesty"),
    ("The study found after accounting for inflation, the subsidy has lost a fifth of its value.",
     "after accounting for inflation, the subsidy has lost a fifth of its value"),
    # ... and before the writer's own sentence in parentheses at its end
    ("The report also suggests cutting the fleet to 160 ships (Navy officials would prefer to keep 180.)",
     "cutting the fleet to 160 ships"),
    ("Carson said Obama wants to admit 250,000 refugees (Obama has proposed admitting 10,000).",
     "Obama wants to admit 250,000 refugees"),
    # ... not before an aside that is no clause
    ("She said the National Rifle Association (NRA) poses a threat.", "the National Rifle Association (NRA) poses a threat"),
    # an addressee with a title's full stop is no part of the content
    ("A reporter asked Mr. Ruiz whether the deal was his proudest achievement.",
     "whether the deal was his proudest achievement"),
    ("She told Dr. Cole that the results were wrong.", "that the results were wrong"),
    # a noun phrase after a cue like "warn" that a modal or a finite verb follows is the reported clause's subject,
    # no addressee
    ("Many experts warned his tariff would be a mistake.", "his tariff would be a mistake"),
    ("Mr Cable warned the picture was not as rosy as it looked.", "the picture was not as rosy as it looked"),
    # ... and "there" after an addressee opens the reported clause
    ("Mr Rhodes told the group there would be officials in Israel.", "there would be officials in Israel"),
])
def test_where_reported_speech_opens_and_ends(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a year after the cue (and its addressee) is when it was said, not what
    ("Mr Blair told Mr Brown in 2003 he would step down.", "he would step down"),
    ("He said in 2019 the plan had failed.", "the plan had failed"),
    ("She wrote in 2018, Trump repeatedly urged the postmaster to act.",
     "Trump repeatedly urged the postmaster to act"),
    # ... not a year that modifies a noun, nor "in" before anything else
    ("He said in 2019 dollars the cost was high.", "in 2019 dollars the cost was high"),
    ("He said in this narrative the facts were wrong.", "in this narrative the facts were wrong"),
])
def test_a_year_after_the_cue_is_no_content(text, content):
    assert [c for c, _s, _r in attributions(text)][:1] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    # a span of time with "ago" after the cue is when it was said, not what
    ("Obama said two weeks ago that Russia had interfered.", ["that Russia had interfered"]),
    ("The FBI said a week ago Friday that its agent was reassigned.", ["that its agent was reassigned"]),
    ("He claimed a few years ago the plan would fail.", ["the plan would fail"]),
    # ... and alone it says nothing ("what Obama claimed three months ago")
    ("At least that's what Obama claimed three months ago.", []),
])
def test_a_time_ago_after_the_cue_is_no_content(text, expected):
    assert [c for c, _s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "content"), [
    # "this" after a cue opens the reported clause as its subject or its determiner ("this" is a time word only
    # before a time noun: "said this week")
    ("The minister said this would not happen again.", "this would not happen again"),
    ("The company claims this was later covered up by the board.", "this was later covered up by the board"),
    ("Mr Baker, who owns the club, hopes this will lead to a formal bid.", "this will lead to a formal bid"),
    ("Critics said this week's vote will change nothing.", "this week's vote will change nothing"),
    ("The study found this pattern repeatedly across the country.", "this pattern repeatedly across the country"),
    ('Ms Berry said this "dramatically changes" their purpose.', 'this "dramatically changes" their purpose'),
    # ... and is no content of its own before a time noun
    ("The minister said this week that the plan would fail.", "that the plan would fail"),
    ("The minister said this morning the plan had failed.", "the plan had failed"),
])
def test_this_after_a_cue_opens_the_clause_unless_a_time_noun_follows(text, content):
    assert [c for c, _s, _r in attributions(text)][:1] == [content]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # an opening adverb before the comma is no name that the description after it describes
    ("Privately, some party strategists said the challenger had won the night.",
     "the challenger had won the night", "some party strategists"),
    ("Initially, a defence official told the paper that a rival group was more likely to blame.",
     "that a rival group was more likely to blame", "a defence official"),
    ("Therefore, a college spokeswoman said Friday, it cannot list the files.", "it cannot list the files",
     "a college spokeswoman"),
    ("Already, some councillors have suggested new rules might be needed.", "new rules might be needed",
     "some councillors"),
    # nor the region after a town
    ("The singer died at her home in Austin, Texas, a spokesman said.", "The singer died at her home in Austin, Texas",
     "a spokesman"),
    # nor a name before a plural description: it ends an opening phrase, or the attribution is set off
    ("With a trial hanging over Okafor and Brandt, former prosecutors say both men are under pressure.",
     "both men are under pressure", "former prosecutors"),
    ("Mr Halvorsen, party insiders will tell you, is focused on the primary.", "Mr Halvorsen is focused on the primary",
     "party insiders"),
    # ... while a name before a singular description, a list and a group after "among" stay as they were
    ("Kelly, a spokeswoman for the council said the road would reopen.", "the road would reopen",
     "Kelly, a spokeswoman for the council"),
    ("Okafor, a consultant who works with insurers, told the paper that costs were rising.",
     "that costs were rising", "Okafor, a consultant who works with insurers,"),
    ("Researchers, advocates and teachers say stable housing is critical.", "stable housing is critical",
     "Researchers, advocates and teachers"),
])
def test_a_comma_after_an_opening_adverb_place_or_name_before_a_plural_opens_the_speaker(text, content, speaker):
    assert (content, speaker) in [(content_, speaker_) for content_, speaker_, _ in attributions(text)]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a second verb that speaks takes the subject of the first, which spoke not: after "But" and a plain subject,
    # after a time phrase, with an addressee and a to-infinitive
    ("But many fans were happy to see the coach leave, and said the team had played badly for years.",
     "the team had played badly for years", "many fans"),
    ("The league is keeping the option of a lockout open, but last week told the players to accept a pay cut.",
     "the players to accept a pay cut", "The league"),
    # ... after an opening "Among ...," phrase (not "Among them were ...": a fronted complement)
    ("Among other things, the central bank has cut rates to zero and announced a new bond-buying programme.",
     "a new bond-buying programme", "the central bank"),
    # "with" and a speaker set off by commas before a participle: the speaker is that phrase, not the subject
    ('The aides tried to rebut the claims, with former campaign manager Tom Reed, now a paid pundit, telling '
     '"Morning Live" that he suspected the claims were political.',
     '"Morning Live" that he suspected the claims were political', "former campaign manager Tom Reed"),
    ('The union rejected the plan so far, with Ann Cole, who heads its legal team, saying in a letter that it '
     '"would break the law."', 'in a letter that it "would break the law."', "Ann Cole"),
])
def test_a_speaker_shared_with_a_verb_that_reports_nothing_or_given_after_with(text, content, speaker):
    assert (content, speaker) in [(content_, speaker_) for content_, speaker_, _ in attributions(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # the source after "according to" runs over a cue spelt like a noun and over "by" after a document
    ("According to a forecast model, prices will fall.", "a forecast model"),
    ("According to a study by researchers at Yale, prices will fall.", "a study by researchers at Yale"),
    ("Prices will fall, according to a report by Jupiter Research.", "a report by Jupiter Research"),
    ("Growth could drop by 1 percent, according to one estimate by Goldman Sachs.", "one estimate by Goldman Sachs"),
    ("About 5 percent own guns, according to an estimate from Duke University.", "an estimate from Duke University"),
    # "more than" before a quantity is part of it
    ("The agency looked into the trip, according to more than a dozen sources.", "more than a dozen sources"),
    ("The agency looked into the trip, according to more than 12 people briefed on it.",
     "more than 12 people briefed on it"),
    # the maker of a count or a survey after "by" is part of the source
    ("According to a count by The Associated Press, Clinton leads Sanders by 271 delegates.",
     "a count by The Associated Press"),
])
def test_the_source_after_according_to(text, speaker):
    assert [(speaker_, rule) for _, speaker_, rule in attributions(text)] == [(speaker, "according_to")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a document after its cue keeps the author that "by" and a name give it, lower-case words between
    ("Around 23 million Britons will miss out, predicts the report by telecoms giant BT.",
     "the report by telecoms giant BT"),
    ("Sales will fall, said a statement by spokeswoman Amanda Reyes.", "a statement by spokeswoman Amanda Reyes"),
    # ... not a time after "by"
    ("Sales will fall, said the report by Friday's deadline.", "the report"),
])
def test_a_document_after_its_cue_keeps_its_author(text, speaker):
    assert [speaker_ for _, speaker_, _ in attributions(text)] == [speaker]


def test_a_contrast_after_while_with_a_speaker_of_its_own_is_a_statement_of_its_own():
    text = "Spain says Gibraltar will remain British for now, while activists want it returned within a decade."
    assert attributions(text) == [("Gibraltar will remain British for now", "Spain", "speaker_cue"),
                                  ("it returned within a decade", "activists", "speaker_cue")]


@pytest.mark.parametrize(("text", "speakers"), [
    # a field's label in capitals that the article never writes as a name is no transcript speaker
    ("Attacks in 2019\n\nTARGET: Two churches in the old town.\n\nSUSPECT: A local man, police said.\n\n"
     "TARGET: A bus station.\n\nSUSPECT: Unknown.", ["police"]),
    # a host's label is the name the article gives in full, in title case or in capitals
    ("Rachel Martin spoke to the minister, Mark Dunn.\n\nMARTIN: What happens next?\n\nDUNN: We wait.",
     ["MARTIN", "DUNN"]),
    ("RACHEL MARTIN, HOST: Good morning.\n\nMARTIN: What happens next?", ["MARTIN"]),
])
def test_a_transcript_label_is_a_name_not_a_field(text, speakers):
    assert [speaker for _, speaker, _ in attributions(text)] == speakers


def test_a_party_label_after_an_inverted_speaker_is_part_of_the_attribution():
    text = "The ban is a mistake, said Sen. Ann Walker (D-Ore.), but it is more important to keep the schools open."
    assert attributions(text) == [("The ban is a mistake but it is more important to keep the schools open",
                                   "Sen. Ann Walker", "cue_speaker_parenthetical")]


@pytest.mark.parametrize(("text", "expected"), [
    # a document before "that" and a cue in -s speaks, also when its author stands between
    ("They sent a letter that says he is fine.", [("he is fine", "a letter", "speaker_cue")]),
    ("He released a letter from his doctor on Friday that says he is fine.",
     [("he is fine", "a letter from his doctor", "speaker_cue")]),
    ("He rebuked her for her assertion in a blog post that says the rule is fair.",
     [("the rule is fair", "a blog post", "speaker_cue")]),
    # a subject that obtains, releases or quotes words passes on another's: no row of its own
    ('TMZ obtained a video of a man screaming at the senator, "Why don\'t you leave?"', []),
    ('The AP quoted party spokesman Tom Reed accusing the mayor of "hiding from voters."', []),
])
def test_documents_that_speak_and_subjects_that_pass_words_on(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # "only", "ever", "just", "even" after an auxiliary stand between the speaker and the cue
    ("The mayor had only ever said the bridge would open in May.", "the bridge would open in May", "The mayor"),
    ("The mayor has just said the bridge would open in May.", "the bridge would open in May", "The mayor"),
    # a relative pronoun right before a verb and its object is the clause's subject: the antecedent speaks
    ("Kashmiri politicians on both sides of the line which divides the region welcomed the move.", "the move",
     "Kashmiri politicians on both sides of the line which divides the region"),
    ("Residents of the towns that line the river said the water was rising.", "the water was rising",
     "Residents of the towns that line the river"),
    # a participle phrase opening the sentence with a clause of its own is no subject
    ("Claiming he is the true voice of farmers, Paul Blake went after the minister, saying his policies failed.",
     "his policies failed", "Paul Blake"),
    # a description and the name it gives, set off after a name, are an aside of that name, which speaks
    ("Ana Ruiz, a spokeswoman for the party leader, Tom Bell, said the office had organised the meeting.",
     "the office had organised the meeting", "Ana Ruiz"),
    ("The party leader, Tom Bell, said the office had organised the meeting.",
     "the office had organised the meeting", "The party leader, Tom Bell"),
    # a cue form after a determiner inside the adjunct before "that" is a noun ("in a blog post", "in a tweet")
    ("Ann Cole, who chairs the panel, said in a Senate blog post that the fall was \"likely due to doubt\".",
     "that the fall was \"likely due to doubt\"", "Ann Cole"),
    ("On Sunday, Mr Bell said in a tweet that he had spoken with the minister.",
     "that he had spoken with the minister", "Mr Bell"),
    # a pronoun and its verb after the cue are a clause, however short, not a weak tag: the opening phrase before
    # the speaker is no content
    ("But as far as being a target for the mayor, Ms Ruiz insists she doesn't care.", "she doesn't care", "Ms Ruiz"),
    # "Sometimes," opens the sentence; it is no part of the speaker
    ("Sometimes, flight instructor Dan Ortiz would tell them he is nervous.", "he is nervous",
     "flight instructor Dan Ortiz"),
    # a description and a name with its place after it, set off by commas: the name speaks
    ("In March, the senator's lawyer, Alice Ford of Latham & Watkins, said the senator welcomed any review.",
     "the senator welcomed any review", "the senator's lawyer, Alice Ford"),
    # a span of time before an opener is part of the opening phrase, no speaker
    ("Shortly after the call ended, Ms Ruiz issued a letter, saying the party must unite.",
     "the party must unite", "Ms Ruiz"),
    # a noun in -eed is no past form: it heads the speaker ("the top seed")
    ('"I played better than in the first round," said the top seed.', '"I played better than in the first round,"',
     "the top seed"),
    # the object of a participle's preposition belongs to the noun the participle modifies, an article before it too
    ("A study published in the Lancet found that the drug worked.", "that the drug worked",
     "A study published in the Lancet"),
    ("The House committee working on the repeal bill promises more details soon.", "more details soon",
     "The House committee working on the repeal bill"),
    # a cue form after a determiner in the adjunct before a quotation is a noun: the quotation is the content
    ('The team responded to those reports in a statement: "These are the same people."',
     '"These are the same people."', "The team"),
    ('He said in a tweet on Saturday, "What are they trying to hide?"', '"What are they trying to hide?"', "He"),
    # an ordinal or "earlier"/"later" after an article is part of the speaker, no auxiliary
    ("In a furious response, the first minister said his words had been distorted.",
     "his words had been distorted", "the first minister"),
    ("An earlier study from the project found much larger effects.", "much larger effects",
     "An earlier study from the project"),
    # a plural noun of number heads its quantity of people with "of"
    ('Tens of thousands of farmers marched through the capital, chanting "No farmers, no food."',
     '"No farmers, no food."', "Tens of thousands of farmers"),
])
def test_what_stands_in_the_speaker_before_it_and_between_it_and_the_cue(text, content, speaker):
    assert (content, speaker) in [(content_, speaker_) for content_, speaker_, _ in attributions(text)]


@pytest.mark.parametrize(("text", "content"), [
    # a cue in an opening condition reports no more than the condition: the main clause after its comma is not it
    ("If Smith says he will run, the party will back him.", "he will run"),
    ("But if the union says it will strike, the talks will end.", "it will strike"),
    # ... and so does one after a span of time ("The day after ...", "Shortly before ...")
    ("The day after Mr Fox said that the mayor wanted more refugees, the numbers rose.",
     "that the mayor wanted more refugees"),
    ("Shortly before the minister said the plan was dead, the party split.", "the plan was dead"),
    # ... or adverbs of time ("Almost immediately after ...")
    ("Almost immediately after the union announced its deal with the firm, the firm's shares fell.",
     "its deal with the firm"),
    ("Immediately after the mayor said the road would close, the shops shut.", "the road would close"),
])
def test_a_cue_in_an_opening_condition_reports_the_condition_only(text, content):
    assert attributions(text)[0][0] == content


def test_a_time_is_no_speaker():
    assert all(speaker != "the next day" for _content, speaker, _rule in attributions(
        "The mayor apologised, and the next day said he had not been there."))


def test_a_list_of_names_after_a_colon_is_no_headline():
    assert attributions("Ohio: Jerry Austen, Greg Bew, Matt Borge, Erica Brut, Tim Burk") == []
    assert attributions("Graham: Trump's Rhetoric Destroying GOP's Chance") == [
        ("Trump's Rhetoric Destroying GOP's Chance", "Graham", "headline_colon")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # reported speech in the past, its next sentence backshifted with a subject that points back: the same speaker
    ("Ms Okafor said the movement had to speak more plainly. And it had to fight hunger, not only censorship.",
     "And it had to fight hunger, not only censorship", "Ms Okafor"),
    ("The monitor said the rules would change in March.\n\nThere needed to be a drive to explain them.",
     "There needed to be a drive to explain them", "The monitor"),
    ("Critics argue the agencies could do more for the families. They could refer cases to lawyers.",
     "They could refer cases to lawyers", "Critics"),
    ("Mr Lamb added that buyers would pay only for the building. They would spend a third of their pay on rent.",
     "They would spend a third of their pay on rent", "Mr Lamb"),
    ("She said the board was not going to budge. It was not going to be swayed by a letter campaign.",
     "It was not going to be swayed by a letter campaign", "She"),
    ("So Mr Dale says he had no choice. He had to listen to his people.", "He had to listen to his people",
     "Mr Dale"),
    # a subject that does not point back, when "also" goes on with the passage's points
    ("Mr Vance adds councils could play a bigger role. Proposals for ID cards, for instance, could also be widened.",
     "Proposals for ID cards, for instance, could also be widened", "Mr Vance"),
])
def test_backshifted_reported_speech_carries_on_into_the_next_sentence(text, content, speaker):
    found = attributions(text)
    assert (content, speaker, "reported_continuation") in found


@pytest.mark.parametrize("text", [
    # after a direct quotation the writer speaks again
    ('"We are going to lose," Mr Tate said. It would take 24 seats to win the House back.'),
    # the passage's own words are not backshifted
    ("The minister said the plan is sound. It would cost 2bn a year."),
    # a full noun phrase, "this" or "that" as subject: more often the writer's own comment
    ("Mr Cole said the talks had stalled. The deal could still be saved next week."),
    ("The agency said the figures had been revised. That could lead to legal action."),
    # "also" far from the past modal, which stands in a clause of its own
    ("Ms Hale said the cuts would hurt. But the mayor also set limits on what could be cut."),
    # the sentence's first verb is not a past modal
    ("Ms Hale said the firm would pay $30m. It is the largest fine in its history."),
    # a participle is no reported passage
    ("Ms Hale spoke on Monday, calling for rules that would protect renters. They would cost little."),
    # page furniture in capitals after a colon headline
    ("Boehner: Obama had to go\n\nMUST WATCH It would be a disaster 03:47"),
])
def test_no_reported_continuation_without_a_backshifted_passage_before_it(text):
    assert not [rule for _content, _speaker, rule in attributions(text) if rule == "reported_continuation"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a description opened by a determiner and ending in a name, then the person's name set off by commas
    ('A lawyer for the Kestrel Organization, Marc Avery, told the AP he was "evaluating the situation".',
     "A lawyer for the Kestrel Organization, Marc Avery"),
    ("The state party chairman in Florida, Lenny Curry, said the vote was fair.",
     "The state party chairman in Florida, Lenny Curry"),
    ("A former roommate of the judge at Yale, James Roche, said he drank heavily.",
     "A former roommate of the judge at Yale, James Roche"),
    # ... or the holder's name with a title (and its place) after a description with a role inside it
    ("His running mate, Indiana Gov. Mike Pence, said he was proud.", "His running mate, Indiana Gov. Mike Pence"),
    ("The chairman of the committee, Sen. Richard Burr, said no.", "The chairman of the committee, Sen. Richard Burr"),
    ("The President of the European Council, Donald Tusk, said no.", "The President of the European Council, Donald Tusk"),
    # ... but a place or a party label set off after the description is none of its name
    ("A medical examiner in Atlanta, Georgia, said the death was a homicide.", "A medical examiner in Atlanta"),
    ("A family friend in Regensburg, Germany, said he was well.", "A family friend in Regensburg"),
    ("The police chief in quiet Concord, N.H., wrote that the groups pose challenges.",
     "The police chief in quiet Concord"),
    ("A spokesman for Senate Minority Leader Mitch McConnell, Kentucky Republican, said the bill was dead.",
     "A spokesman for Senate Minority Leader Mitch McConnell"),
    # a titled name after a preposition closes a relative clause, not a speaker of its own
    ("At a lunch with Ann Cole, a lawyer who was an adviser in Mr. Reagan's White House, an aide to the governor, "
     "Mark Dyer, said that they wanted to run.", "an aide to the governor, Mark Dyer"),
    ("Montana Gov. Steve Bullock, one of the candidates who had not yet qualified, said the rules were unfair.",
     "Steve Bullock, one of the candidates who had not yet qualified,"),  # (a guard: the title's place word)
])
def test_a_description_ending_in_a_name_and_the_name_it_gives(text, speaker):
    assert [mention for _content, mention, _rule in attributions(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # "to" and a noun phrase after the cue: an addressee, and the quotation before is the content
    '"We will win," he said to reporters.',
    '"We will win," he said to the crowd.',
])
def test_to_and_an_addressee_after_the_cue_leave_the_quotation_as_content(text):
    assert [c for c, _s, _rule in attributions(text)] == ['"We will win,"']


@pytest.mark.parametrize(("text", "content"), [
    # a participle set off after the attribution is what the speaker did or whom they cited: the clause before is
    ("Sales were great, he said, wiping sweat off his face.", "Sales were great"),
    ("Roughly 4 million fewer people would be covered, the office said, rising to 9 million by 2030.",
     "Roughly 4 million fewer people would be covered"),
    ("The soldier could be charged within weeks, the network reported, quoting two officials.",
     "The soldier could be charged within weeks"),
    ("A vaccine won't be ready for a year, experts said, meaning the virus will be a threat in the autumn.",
     "A vaccine won't be ready for a year"),
    # ... but not a gerund that opens the next clause's subject, nor "including"
    ("Though the last change was smooth, he said, replacing the chairman would be much harder.",
     "replacing the chairman would be much harder"),
    ("The plan is vague, experts say, including a rule that could hurt single mothers.",
     "including a rule that could hurt single mothers"),  # (guards: as before)
])
def test_a_participle_after_the_attribution_leaves_the_clause_before_as_content(text, content):
    assert [c for c, _s, _rule in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the writer's clause joined by "and" or "but" to the speaker's is none of what the speaker said
    ("The economy slowed sharply last year, and the bank warned of a crisis.", "of a crisis", "the bank"),
    ("Growth stalled in the spring, and officials complained about the weather.", "about the weather",
     "officials"),
    ("Sales were flat, but Mr Hale insisted on a bonus.", "on a bonus", "Mr Hale"),
])
def test_a_clause_joined_before_the_speaker_is_no_content(text, content, speaker):
    assert [(c, s) for c, s, _rule in attributions(text)] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    # a bare cue form after "the" and a name, then a comma or a preposition, is a noun: no attribution
    "One of the authors of the BuzzFeed report, Anthony Cormier, stood by his reporting.",
    "When it came to the U.S. pledge, however, Obama made no effort to introduce a carbon tax.",
    "A copy of the Kestrel report on the merger was leaked.",
])
def test_a_cue_form_after_the_and_a_name_is_a_noun(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sources inside the White House say that the move was planned.", "Sources inside the White House"),
    ("Liberal groups in the Democracy Initiative hope to fix that.", "Liberal groups in the Democracy Initiative"),
])
def test_a_cue_after_a_name_that_ends_its_subject_is_still_a_verb(text, speaker):
    assert [s for _c, s, _rule in attributions(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # the first word of a cue of two words after "a" and a singular noun is a compound noun's head
    "The players will hold a conference call on Tuesday and are set to announce their decision.",
    "Mr Graham, who spearheaded a bipartisan push for amnesty measures, spoke first.",
    "He cast the vote as a clarion call for the revival of the party.",
])
def test_a_cue_of_two_words_after_a_and_a_noun_is_a_compound_noun(text):
    assert not [q.cue for q in find_quotes(text) if q.cue.split()[0] in ("call", "push")]


@pytest.mark.parametrize("text", [
    # a cue in -ed after a plural noun and before a preposition, the noun phrase's own verb later: a participle
    "The opinions expressed in this commentary are his own.",
    "The views expressed in this video are solely those of the host.",
    # the noun "voices" is no cue; only "voiced" and "voicing" are
    "The quieter voices tend to get lost in the din.",
    "Black voices in the Netherlands mean nothing to the establishment.",
    "Some of the bases named for Confederate officers are legendary in their own right.",
])
def test_a_participle_in_a_reduced_relative_clause_says_nothing(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Intelligence officials stressed at a Senate hearing on Wednesday that the program was legal.",
     "that the program was legal"),
    ("Multiple outlets reported on Wednesday the Secret Service had more than one conversation with him.",
     "the Secret Service had more than one conversation with him"),
    ("Public health authorities warned of what was coming.", "of what was coming"),
])
def test_a_cue_in_ed_before_a_preposition_that_is_the_main_verb_still_speaks(text, content):
    assert [c for c, _s, _rule in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # an infinitive cue whose speaker is the reporting speaker's own, a quotation after it: one clause of theirs
    ('Mr Putin said it was time to discuss "difficult multi-national issues".',
     'it was time to discuss "difficult multi-national issues"', "Mr Putin"),
    ("Gor said he had nothing more to share, but to expect \u201cmore tomorrow.\u201d",
     "he had nothing more to share, but to expect \u201cmore tomorrow.\u201d", "Gor"),
])
def test_an_infinitive_of_the_same_speaker_before_a_quotation_stays_in_the_reported_clause(text, content, speaker):
    assert [(c, s) for c, s, _rule in attributions(text)] == [(content, speaker)]


@pytest.mark.parametrize(("text", "expected"), [
    # "but" and a subject named anew with a cue of its own: a statement of its own, no comma needed
    ("Ministers say the constitution would make the union work better but critics fear creating a super state.",
     [("the constitution would make the union work better", "Ministers"),
      ("creating a super state", "critics")]),
    ("Mr Trump said the allies had pledged to raise their budgets but other leaders cast doubt on this claim.",
     [("the allies had pledged to raise their budgets", "Mr Trump"), ("this claim", "other leaders")]),
    # (guards: the same speaker again, or a pronoun, goes on with the clause reported)
    ("Clinton says she hopes to win but she knows it is hard.",
     [("she hopes to win but she knows it is hard", "Clinton")]),
])
def test_but_and_a_new_subject_with_a_cue_is_a_statement_of_its_own(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ", and" and a subject named anew with a cue of judgement: the second subject's statement
    ("Podesta said he spoke to the FBI about the hacking, and intelligence experts blamed Russia for that as well.",
     [("he spoke to the FBI about the hacking", "Podesta"), ("Russia for that as well", "intelligence experts")]),
    ("The White House said Cohn was not pressured to leave, and Mr. Cohn thanked the president for the chance.",
     [("Cohn was not pressured to leave", "The White House"), ("the president for the chance", "Mr. Cohn")]),
    # (guards: without the comma, or the same speaker again, the clause reported goes on)
    ("Podesta said he spoke to the FBI and the experts blamed Russia for that.",
     [("he spoke to the FBI and the experts blamed Russia for that", "Podesta")]),
    ("Podesta said he spoke to the FBI, and Podesta blamed Russia for that.",
     [("he spoke to the FBI, and Podesta blamed Russia for that", "Podesta")]),
])
def test_and_after_a_comma_and_a_new_subject_with_a_cue_of_judgement_is_a_statement_of_its_own(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a cue that takes an object (no clause), "and" and a subject named anew with a cue: a statement of its own
    ("Comey and Trump discussed the investigation and Trump urged Comey to clear him.",
     [("the investigation", "Comey and Trump"), ("Comey to clear him", "Trump")]),
    ("The mayor criticized the budget and the council demanded a new vote.",
     [("the budget", "The mayor"), ("a new vote", "the council")]),
    # (guards: a clause reported goes on over "and"; two plurals or two names are one subject of the cue after them)
    ("Smith said the plan had failed and Jones urged him to resign.",
     [("the plan had failed and Jones urged him to resign", "Smith")]),
    ("The report described how local officials and foreign agents had sought to sway the vote.",
     [("how local officials and foreign agents had sought to sway the vote", "The report")]),
])
def test_and_and_a_new_subject_after_an_object_is_a_statement_of_its_own(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue of telling whose object is only whom it was told: the quotation before, not the addressee, is content
    ('"Who would have thought that?" Schumer told a news conference.',
     [('"Who would have thought that?"', "Schumer")]),
    ('"We will win." Schumer told reporters on Monday.', [('"We will win."', "Schumer")]),
    ('"Do you owe anybody an apology?" Guthrie asked Sandmann.', [('"Do you owe anybody an apology?"', "Guthrie")]),
    ("Mr. Warner told The Washington Times.", []),
    # (a guard: what was told, no addressee, stays the content)
    ("Fox told a different tale.", [("a different tale", "Fox")]),
])
def test_an_addressee_alone_after_a_cue_of_telling_is_no_content(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the object of "despite" or "amid" speaks through a participle before a reported clause
    ("The news comes despite Mr Flight's allies saying they had enough support to hold a meeting.",
     [("they had enough support to hold a meeting", "Mr Flight's allies")]),
    ("The vote went ahead amid opponents claiming that it was rigged.", [("that it was rigged", "opponents")]),
    # (a guard: an act, no clause after it)
    ("Shares slipped despite the club agreeing a rescue plan with creditors on Friday.", []),
])
def test_the_object_of_despite_or_amid_speaks_through_its_participle(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle of hearsay between an owner inside a clause and the noun it modifies: others speak of the owner
    ("The sanctions followed Moscow's alleged meddling in the election.", []),
    ("Evidence of the nominee's reported affinity for beer was thin.", []),
    # (guards: a company's name at the clause's start, and an owner's cue before "that", still speak)
    ("Macy's announced layoffs on Monday.", [("layoffs on Monday", "Macy's")]),
    ("Moody's concluded that the plan would cost 3.5 million jobs.",
     [("that the plan would cost 3.5 million jobs", "Moody's")]),
])
def test_a_participle_of_hearsay_between_an_owner_and_its_noun_says_nothing(text, expected):
    assert [(c, s) for c, s, _rule in attributions(text)] == expected


def test_a_plural_cue_form_before_an_attribution_set_off_by_commas_is_a_noun():
    found = attributions('Cost estimates, he added, were "based on a prototype detention facility."')
    assert found == [('Cost estimates were "based on a prototype detention facility."', "he",
                      "speaker_cue_parenthetical")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a newspaper quoting someone as saying, after the words it quotes, unquoted
    ("He would also likely be given consideration for his time in captivity, NBC quoted officials as saying.",
     "He would also likely be given consideration for his time in captivity", "officials"),
    ("The rest of the relatives were taken in for questioning, the agency quoted security sources as saying.",
     "The rest of the relatives were taken in for questioning", "security sources"),
])
def test_a_newspaper_quoting_someone_as_saying_after_unquoted_words(text, content, speaker):
    assert [(c, s, rule) for c, s, rule in attributions(text)] == [(content, speaker, "quoted_as_saying")]


@pytest.mark.parametrize("text", [
    # an attack of force says nothing: armed people, or a weapon near the cue
    "On Friday, militants attacked a center in Ghor province.",
    "Two men attacked them with a knife outside the station.",
    "Israeli jets attacked a military installation near the city of Masyaf.",
])
def test_an_attack_of_force_is_no_attribution(text):
    assert attributions(text) == []


def test_an_attack_in_words_still_speaks():
    assert attributions('Mr Brown attacked the plan as "vacuous".') == [
        ('the plan as "vacuous"', "Mr Brown", "speaker_cue")]


@pytest.mark.parametrize(("text", "content"), [
    # the clause a relative "who" hangs on is none of what "who" said
    ('Pompeo was dispatched to Saudi Arabia by Trump, who warned of "severe punishment" for the kingdom.',
     'of "severe punishment" for the kingdom'),
    ("At least six women came forward to accuse Mr Ailes, who denied wrongdoing.", "wrongdoing"),
])
def test_a_relative_speaker_never_says_the_clause_it_hangs_on(text, content):
    assert [c for c, s, _rule in attributions(text) if s == "who"] == [content]


@pytest.mark.parametrize("text", [
    # "ruling" after a noun is a noun, "rule" and "rules" are no cue
    "The Supreme Court last week upheld a lower court ruling that the government had erred.",
    "The new rules aim to protect victims while also establishing fairer procedures.",
    "Mr Brown ruled out a tax rise.",
])
def test_a_ruling_or_rule_that_is_a_noun_reports_nothing(text):
    assert not [s for _c, s, _rule in attributions(text) if s and "court" in s.lower() or s == "The new"]


def test_a_subject_with_an_aside_quoted_by_a_newspaper_as_saying():
    text = "His spokesman, Dmitry Peskov, was quoted by the Kommersant daily Monday as saying that it was difficult."
    assert attributions(text) == [("that it was difficult", "His spokesman, Dmitry Peskov", "quoted_as_saying")]


@pytest.mark.parametrize(("text", "content"), [
    # a reason added after the attribution set off by commas is no content of its own: the clause before is
    ("ONGC would cut its imports, Mr Westwood explained, especially as the chances of new finds are slim.",
     "ONGC would cut its imports"),
    ("The word is still a problem in his view, Mr Price said, partly because it implies a one-time payment.",
     "The word is still a problem in his view"),
])
def test_a_reason_after_the_attribution_leaves_the_clause_before_as_content(text, content):
    assert [c for c, _s, _rule in attributions(text)] == [content]


def test_an_adjunct_and_a_named_subject_after_the_cue_are_the_content_not_the_opener_before():
    text = 'Beyond the citizenship law, Ms Maenza said in an interview, India has a broader "move toward clamping down".'
    assert [c for c, _s, _rule in attributions(text)] == [
        'in an interview, India has a broader "move toward clamping down"']


def test_a_second_predicate_after_and_is_no_aside_before_an_inverted_cue():
    text = ("Peer-to-peer networks are here to stay, and are on the verge of being exploited by media firms, says a "
            "panel of industry experts.")
    assert attributions(text) == [(
        "Peer-to-peer networks are here to stay, and are on the verge of being exploited by media firms",
        "a panel of industry experts", "content_cue_speaker")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a collective noun, "of" and a bare plural make one speaker
    ("Prices will rise, says a group of economists.", "a group of economists"),
    ("A series of studies found that prices rose.", "A series of studies"),
    ("Prices will rise, says a number of leading analysts at the bank.", "a number of leading analysts"),
])
def test_a_collective_noun_of_a_bare_plural_is_one_speaker(text, speaker):
    assert [s for _c, s, _rule in attributions(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "It should be noted that the vote was close.",  # under a modal: the writer's aside
    "The mayor let it be announced that he would run again.",  # the subject of "let" speaks, if anyone
])
def test_no_report_without_a_source_in_an_aside_or_after_let(text):  # guards of "it was revealed that"
    assert "passive_no_agent" not in [rule for _c, _s, rule in attributions(text)]


@pytest.mark.parametrize(("text", "content"), [
    # a subordinate clause whose cue has words of its own after it: the main clause is the writer's
    ("California flipped to the Democrats, as Latino voters responded to Republican efforts to curb immigration.",
     "California flipped to the Democrats"),
])
def test_the_main_clause_before_a_subordinate_speaker_is_no_content(text, content):
    assert content not in [c for c, _s, _r in attributions(text)]


@pytest.mark.parametrize("text", [
    "The economy will grow, as the minister said.",
    "Tillerson will head to China this weekend, as Anna Kuhn reports from Beijing.",
])
def test_as_and_a_speaker_with_nothing_after_the_cue_keep_the_main_clause(text):  # (a guard)
    assert text.split(",")[0] in [c for c, _s, _r in attributions(text)]


@pytest.mark.parametrize("text", [
    'Agents ran a law-enforcement program called "Fast and Furious."',  # an indefinite thing, then its name
    "It rests on a legal concept called termination at will.",
    "The course includes an exercise called the flexed arm hang.",
])
def test_a_naming_participle_after_a_thing_is_no_attribution(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [  # (guards: a role or a name in the phrase)
    ('A state official called it a "bloody mess."', 'it a "bloody mess."', "A state official"),
    ('A writer at Salon called the remark "stunning."', 'the remark "stunning."', "A writer at Salon"),
    ('Romney must win the independents, a prospect he called "an impossibility."', '"an impossibility."', "he"),
])
def test_a_naming_cue_after_a_person_still_speaks(text, content, speaker):
    assert (content, speaker) in [(c, s) for c, s, _r in attributions(text)]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # an attribution between a subordinate clause and its main clause: both are the content
    ("Although hobbyists will still tinker with spyware, said Mr Ostrow, 2006 saw a sharp rise in criminal use.",
     "Although hobbyists will still tinker with spyware 2006 saw a sharp rise in criminal use", "Mr Ostrow"),
    ("If the merger fails, the chairman said, the firm will close three plants.",
     "If the merger fails the firm will close three plants", "the chairman"),
])
def test_an_attribution_between_a_subordinate_and_its_main_clause(text, content, speaker):
    assert [(c, s) for c, s, _r in attributions(text)] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The weekend also saw clashes in the capital.",  # a stretch of time "sees" what happened in it
    "The 1990s saw a shift back toward the states.",
])
def test_a_time_that_sees_is_no_source(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Last year saw a record number of takeovers, the survey said.", "Last year saw a record number of takeovers",
     "the survey"),  # a time word as the subject of the content is no opening phrase
    ("Later that day the minister said the talks had failed.", "the talks had failed", "the minister"),
    ("That week Mr Brown told MPs the deal was off.", "the deal was off", "Mr Brown"),
])
def test_a_time_phrase_is_neither_an_opener_of_content_nor_part_of_the_speaker(text, content, speaker):
    assert (content, speaker) in [(c, s) for c, s, _r in attributions(text)]


@pytest.mark.parametrize("text", [
    "The plan angered the base, not to mention the party's leaders in Congress.",  # and also
    "Texas loses $100 on every licence, potentially adding up to millions of dollars a year.",  # a sum
    "The small fees add up over time.",
    # "add to" a thing: more of it, nothing said
    "The actress is suing the president over the agreement, adding to a long list of cases he faces.",
    "Those crowds added to congestion from traffic in town for the football game.",
    "The officials tried to justify the claim that the government was not adding to the debt.",
    "Apart from the charge that the senator was to blame for the shutdown, the edit was small.",  # responsible
])
def test_idioms_with_a_cue_report_nothing(text):
    assert attributions(text) == []


def test_according_to_after_an_inverted_speakers_aside_takes_no_aside_as_content():
    text = '"We are moving on," said Jay Okonjo, the party chairman in Nassau County, according to the Times.'
    assert [(c, s) for c, s, _r in attributions(text)] == [('"We are moving on,"', "Jay Okonjo")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a clause without its "that" after a short phrase: its subject speaks, not the phrase
    ("They signed the deal, a step the minister called historic.", "the minister"),
    ("The plan the president announced was bold.", "the president"),
    ("The head of the party the senator leads said it was over.", "The head of the party the senator leads"),  # guard
    # two noun phrases side by side before the cue: the second speaks
    ("A few days before this meeting the Times praised Van Jones as a voice of reason.", "the Times"),
    ("The FBI opened an inquiry, a probe the agency said was ongoing as of Friday.", "the agency"),
    # one phrase: a relative clause, a participle, a preposition of place, a predeterminer, a time, a contact clause
    ("Democrats who control the panel said the vote would go ahead.", "Democrats who control the panel"),
    ("Conservative MPs leaving the meeting said it had gone well.", "Conservative MPs leaving the meeting"),
    ("Sources inside the White House said the plan was dead.", "Sources inside the White House"),
    ("Half the voters said they were unsure.", "Half the voters"),
    ("All individuals the committee interviewed verified that the dossier played no part.",
     "All individuals the committee interviewed"),
    ("It was the man the Kochs said they trusted most.", "the Kochs"),
    ("He resigned on the same day the regulator said it would investigate.", "the regulator"),  # after a time
    ("Vatican spokesman the Rev. Federico Lombardi said the pope would travel.",
     "Vatican spokesman the Rev. Federico Lombardi"),  # a role naming what follows: one phrase
    ("He left on the day the Bank of England said rates would rise.", "Bank of England"),  # "of" in a name
    ("Two members of the board that helped select the bid winners said the process was fair.",
     "Two members of the board that helped select the bid winners"),  # a verb and its object first
])
def test_the_subject_of_a_clause_without_that_speaks(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # a closing attribution followed by its participle still closes the sentence: it reports the rest, the
    # opening attribution is nested, and the participle is the closing speaker's
    ("Dana Pell said Corder offered him $50,000, the Journal reported Thursday, citing a court filing.",
     [("Dana Pell said Corder offered him $50,000", "the Journal"), ("Corder offered him $50,000", "Dana Pell"),
      ("a court filing", "the Journal")]),
    ("The forensics chief denied the reports Tuesday, Reuters reported, citing a source.",
     [("The forensics chief denied the reports Tuesday", "Reuters"), ("the reports Tuesday", "The forensics chief"),
      ("a source", "Reuters")]),
    # ... also after "while" or "also", where the participle is the opening speaker's second act
    ("Mr Okafor said that a deal still looked possible, Reuters reported, while also warning that talks could fail.",
     [("Mr Okafor said that a deal still looked possible", "Reuters"),
      ("that a deal still looked possible", "Mr Okafor"), ("that talks could fail", "Mr Okafor")]),
])
def test_a_closing_attribution_before_its_participle_reports_the_sentence(text, expected):
    assert sorted((c, s) for c, s, _r in attributions(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Beijing has yet to confirm the scale of its commitment.",  # not yet said
    "At some point they need to acknowledge that the carpet is too small.",  # an obligation, not said
    "The Senate would have to confirm Pruitt's nomination.",
])
def test_an_infinitive_cue_not_yet_done_or_only_owed_reports_nothing(text):
    assert attributions(text) == []


def test_a_roles_domain_before_the_name_stays_in_the_subject():
    text = "Last month, Oakland's chief of police Dana Sorel banned the masks, saying they were divisive."
    assert ("they were divisive", "Oakland's chief of police Dana Sorel") in [(c, s) for c, s, _r in attributions(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a new subject after ", and" speaks the coordinated cue, not the first speaker
    ('The girl replies, "Yeah," and Trump turns to the camera and says: "I will be dating her."', "Trump"),
    ("He denied the claims, and Smith later left the room and said nothing more.", "Smith"),
    ("Sanders said he and Clinton were tied and said he was overwhelmed.", "Sanders"),  # (a guard: no comma)
    # ... when the cue is no cue of the first clause, too: the clause after ", but" or ", and" with a verb before it
    ("Mrs. Clinton leads in the polls, but the governor visited Iowa and warned that the race was close.",
     "the governor"),
    ("Dr. Lai was threatened, and a petition was set up to demand that she be deregistered.", "a petition"),
    # (guard: the last name of a list is no subject of its own)
    ("In one analysis, John Jost, Chadly Stern, and Joanna Sterling looked at 134 surveys and found that fear "
     "matters.", "John Jost"),
])
def test_a_new_subject_after_and_speaks_the_coordinated_cue(text, speaker):
    assert [s for _c, s, _r in attributions(text)][-1] == speaker


@pytest.mark.parametrize("text", [
    "Five times more phone calls and 28 times more door knocks have been made than in 2008.",  # a noun
    "They expand their power through executive orders and other unilateral measures.",
])
def test_a_cue_with_only_a_conjunction_after_it_reports_nothing(text):
    assert attributions(text) == []


def test_a_list_inside_a_departments_name_stays_in_the_speaker():
    text = "A spokesman for the Department for Culture, Media and Sport said there were no plans to sell."
    assert [s for _c, s, _r in attributions(text)] == ["A spokesman for the Department for Culture, Media and Sport"]


@pytest.mark.parametrize(("text", "expected"), [
    # the source's short name in brackets is neither content nor part of the name
    ("According to the Office for Fiscal Data (OFD), inflation fell to 1.6%.",
     ("inflation fell to 1.6%", "the Office for Fiscal Data")),
    ("Inflation fell to 1.6%, according to the Office for Fiscal Data (OFD).",
     ("Inflation fell to 1.6%", "the Office for Fiscal Data")),
    # an opening "According to X," reports the clause after it, a belief with its own subject included
    ("According to a BBC survey, most firms expect growth.", ("most firms expect growth", "a BBC survey")),
])
def test_according_to_a_source_with_its_short_name_or_before_a_belief(text, expected):
    assert expected in [(c, s) for c, s, _r in attributions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The results are expected on Friday.", []),  # a belief cue in the passive with nothing after it
    ("Heavy rainfall is expected across the region.", []),
    ("Trump is expected to win.", [("Trump to win", None)]),  # (guards: a complement, a speech cue)
    ("The purchase price was not disclosed.", [("The purchase price", None)]),
])
def test_a_passive_belief_with_nothing_after_it_reports_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an empty "it" and a passive belief report the clause after it, "that" or not: a report without a source
    ("It is understood no deal was offered at the meeting.", [("no deal was offered at the meeting", None)]),
    ("It is believed the club wants £6m for the player.", [("the club wants £6m for the player", None)]),
    ("It is understood that the minister will resign.", [("that the minister will resign", None)]),
    # ... not a clause with an attribution of its own: its speakers'
    ("It is thought the club wants £6m but its chairman Ian Lee has said the talks go on.",
     [("£6m", "the club"), ("the talks go on", "its chairman Ian Lee")]),
    # the passive "tell" of an outlet: what it was told
    ("Fox News was told these changes are expected at airports overseas.",
     [("these changes are expected at airports overseas", None)]),
])
def test_an_empty_it_and_a_passive_belief_report_the_clause_after_them(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize("text", [
    "It is hard to get the campaigns to return phone calls, so reporters wait.",  # a verb's object
    "He signed two executive orders on Monday.",
    "He did not return phone calls or answer the door on Friday.",  # before "or" and another verb
])
def test_a_plural_cue_noun_that_a_verb_or_number_governs_reports_nothing(text):
    assert attributions(text) == []


def test_a_company_and_its_verb_in_s_still_report():  # (a guard: a determiner before the noun)
    assert [s for _c, s, _r in attributions("The company claims the rules are unfair.")] == ["The company"]


@pytest.mark.parametrize(("text", "expected"), [
    # an opening adjunct before a bare plural subject and its auxiliary is part of the content
    ("In the final step, inspectors can include a search of records, federal officials said.",
     [("In the final step, inspectors can include a search of records", "federal officials")]),
    # a time clause after the cue is no content; the quotation before it is
    ("\u201cWe are proud to cast our votes.\u201d Senator Ann Lowe said as she opened the session.",
     [("\u201cWe are proud to cast our votes.\u201d", "Senator Ann Lowe")]),
    ("The mayor said when he ran for office in 2008.", []),
    # (guards: a main clause or a quotation after the time clause, and "as many as", are what was said)
    ("Kinsey said when he was about 16, Snowden lived in the condo.",
     [("when he was about 16, Snowden lived in the condo", "Kinsey")]),
    ("Polls show as many as 30 percent of voters will stay home.",
     [("as many as 30 percent of voters will stay home", "Polls")]),
])
def test_a_time_clause_after_the_cue_is_no_content_unless_a_main_clause_follows(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


def test_a_named_addressee_before_a_colon_is_no_content_and_the_passage_after_is():
    text = "The House member told Local News Radio:\n\nAnother thing I have noticed is the cost of the wall."
    assert [(c, s) for c, s, _r in attributions(text)] == [
        ("Another thing I have noticed is the cost of the wall.", "The House member")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare cue form after "a" and a noun that could be plural ("police") is a noun of the phrase
    ("An old police report released by the county says the teen consented.",
     "An old police report released by the county"),
    ("A public report by the counsel would end the matter, Lee said.", "Lee"),
    # (guards: a plural subject, and a plural's relative pronoun, do speak through the bare form)
    ("Police report that the teen consented.", "Police"),
    ("He quoted critics who say the aides played politics.", "who"),
])
def test_a_bare_cue_form_after_a_singular_phrase_is_a_noun(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "content"), [
    # a hyphen inside a word of the addressee ("300-strong") does not hide the "that" after it
    ("He told the 300-strong audience at the city hall that musicians should listen widely.",
     "that musicians should listen widely"),
    ("He told a well-informed audience that the plan had failed.", "that the plan had failed"),  # (a guard)
    # a programme's title after a plural's apostrophe ("CBS News' "Face the Nation"") is no content either
    ("Lowe told CBS News\u2019 \u201cFace the Nation\u201d on Sunday that the bill would pass.", "that the bill would pass"),
    ("Lowe told CBS News' \"Face the Nation\" on Sunday that the bill would pass.", "that the bill would pass"),
])
def test_an_addressee_with_a_hyphen_or_a_programme_title_keeps_the_reported_clause(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm sold its stake to another company, although it didn't say who.", []),
    ("Officials would not say which.", []),
    # (guards: a question word that opens a clause, a relative "which", an acronym spelt like one)
    ("He did not say why the plan was dropped.", [("why the plan was dropped", "He")]),
    ("They backed the rule, which critics say is unfair.", [("which is unfair", "critics")]),
    ("The threat is real, the World Health Organisation (WHO) said.",
     [("The threat is real", "the World Health Organisation")]),
])
def test_a_question_word_alone_after_a_cue_reports_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject expected to speak is the speaker of what it is expected to say
    ("The Fed is expected to announce on Wednesday that it will pass on an increase.",
     [("that it will pass on an increase", "The Fed")]),
    ("The minister is expected to call for the law to be enforced better.",
     [("the law to be enforced better", "The minister")]),
    ("Mr Howard is due to say that taxes will fall.", [("that taxes will fall", "Mr Howard")]),
    # (guards: no speech expected, an adjunct after the cue, a relative clause inside another attribution)
    ("Trump is expected to win.", [("Trump to win", None)]),
    ("The director is expected to testify before the committee on Thursday.",
     [("The director to testify before the committee on Thursday", None)]),
    ('"We will end it," Ann Lowe, the senator who is expected to announce soon whether she will run, said.',
     [('"We will end it,"', "Ann Lowe")]),
])
def test_a_subject_expected_to_speak_is_the_speaker(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


def test_that_before_a_colon_is_no_content_and_the_quotation_after_is():
    text = 'The Daily Ledger writes that:\n\n"The leaders said they would accept the offer."\n\nThe vote passed.'
    assert [(c, s) for c, s, _r in attributions(text)] == [
        ('"The leaders said they would accept the offer."', "The Daily Ledger"),
        ("they would accept the offer", "The leaders")]  # (the source the quotation reports: analysis.quotes.quoted)


@pytest.mark.parametrize(("text", "expected"), [
    # a bare cue form between "the" and "of" is a noun ("the new post of", "the core question of")
    ("The appointment of Ann Lowe, a technocrat, to the new post of investment minister in July was taken as a sign "
     "that more sell-offs were on the way.", []),
    ("None of this affects the core question of whether the president acted properly in canning his director.", []),
    # (a guard: a plural subject before the form speaks)
    ("The police warn of a crisis.", [("of a crisis", "The police")]),
])
def test_a_bare_cue_form_between_the_and_of_is_a_noun(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's "let's" is no speaker
    ("Let's also assume that the mandate is unconstitutional.", []),
    # a plural noun counted by "one of", "some of" is no verb ("one of his most controversial campaign promises")
    ("He is moving forward with one of his most controversial campaign promises -- a wall on the border.", []),
    # (a guard: a plural head before the form speaks through it)
    ("One of Singer's clients says her daughter is smart.", [("her daughter is smart", "One of Singer's clients")]),
])
def test_lets_and_a_counted_plural_report_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after a comma and before its object's article opens a clause, no part of a speaker phrase
    ('Lowe complained that Cruz is too principled, suggesting the senator sees issues as "black and white."',
     [("that Cruz is too principled", "Lowe"), ('the senator sees issues as "black and white."', "Lowe")]),
    # a document before "from" or "by" speaks through a participle when a clause follows
    ("The firm began with adverts, using an open letter from company president Lee Scott saying it was time "
     "for the public to hear the truth.",
     [("it was time for the public to hear the truth", "an open letter from company president Lee Scott")]),
    # (a guard: a participle after a noun modifies it)
    ("The industry groups challenging the rule say it is unfair.",
     [("it is unfair", "The industry groups challenging the rule")]),
])
def test_a_participle_after_a_comma_opens_a_clause_and_a_document_before_from_speaks(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun in -ing after its article ends a source's phrase ("familiar with the meeting", "his thinking")
    ("According to one source familiar with the meeting, the minister did press for a deal.",
     [("the minister did press for a deal", "one source familiar with the meeting")]),
    ("He is weighing a bid, according to a person familiar with his thinking.",
     [("He is weighing a bid", "a person familiar with his thinking")]),
])
def test_a_noun_in_ing_after_its_article_ends_the_source(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after an adverb in -ly after an article or preposition modifies the noun after it
    ("After the mothers of men who had been killed in racially charged incidents spoke, the crowd cheered.", []),
    ("The biggest and most politically charged change comes at the federal level.", []),
    # (a guard: an adverb after a subject before its verb)
    ("Trump angrily denied allegations of misconduct.", [("allegations of misconduct", "Trump")]),
])
def test_a_participle_after_an_adverb_and_an_article_modifies_a_noun(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "content"), [
    # a naming cue's content runs on after the quoted name unless a comma closes the name
    ('Many commentators called him "the grownup on the stage" amidst the food fight.',
     'him "the grownup on the stage" amidst the food fight'),
    ('The paper called it "the pearl" on the Silk Road Economic Belt.', 'it "the pearl" on the Silk Road Economic Belt'),
    # (a guard: the comma after the name ends it)
    ('She called the idea a "ridiculous proposition," adding that it would fail.', 'the idea a "ridiculous proposition,"'),
])
def test_a_naming_cue_keeps_the_words_after_the_quoted_name(text, content):
    assert content in [c for c, _s, _r in attributions(text)]


def test_a_quotation_after_because_and_a_belief_is_inside_the_clause_reported():
    text = ("Ann Lowe, the activist, endorsed the plan, saying she had not called for the governor's resignation "
            "because she believed \u201cwe need to focus on helping the people of Flint.\u201d")
    assert ("she had not called for the governor's resignation because she believed \u201cwe need to focus on "
            "helping the people of Flint.\u201d", "Ann Lowe") in [(c, s) for c, s, _r in attributions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # "see" with a rise or fall as its object is what happened, no one's view
    ("The country initially saw an exponential rise in infections.", []),
    ("The bottom tenth of earners saw their wages jump 7.9 percent in 2015.", []),
    ("Hardliners, who just saw Brexit slip from their grasp, are likely to object.", []),
    # (a guard: "see X as Y" is a view)
    ("Conservatives saw the growth of the government as the key threat.",
     [("the growth of the government as the key threat", "Conservatives")]),
])
def test_see_with_a_rise_or_fall_reports_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize("heading", ["'Trade man'", "\u2018NOT GOING TO BLAME MYSELF\u2019", "\u201cThey keep coming\u201d"])
def test_a_subheading_made_of_a_quotation_is_no_ones_words(heading):
    text = (f'"We will win," the minister said of the talks.\n\n{heading}\n\n'
            "The deficit rose to a record in December.")
    assert attributions(text) == [('"We will win,"', "the minister", "content_speaker_cue")]


@pytest.mark.parametrize(("text", "content"), [
    ('He tweeted:\n\n"Lock her up"\n\nThe crowd cheered.', '"Lock her up"'),  # after "X said:" it is his
    ('"We will win," the minister said.\n\n"Absolutely."\n\nThe crowd cheered.', '"Absolutely."'),  # punctuation
])
def test_a_short_quotation_paragraph_that_is_no_heading_is_still_someones(text, content):  # (guards)
    assert any(content in quote.text for quote in find_quotes(text))


@pytest.mark.parametrize(("text", "speaker"), [
    # a quotation alone after a sentence of its paragraph whose subject is a name: that person speaks
    ('"We had a good talk," Mr Dunn said.\n\nRuiz was more candid. "We were all sure it would work."', "Ruiz"),
    # ... not after a sentence opening with an adverb or a plural common noun
    ('"We had a good talk," Mr Dunn said.\n\nStates can always fight back. "It will take years."', "Mr Dunn"),
    ('"We had a good talk," Mr Dunn said.\n\nStaff are on the ground. "It will take years."', "Mr Dunn"),
])
def test_a_quotation_after_a_sentence_naming_its_subject_is_the_subjects(text, speaker):
    assert attributions(text)[-1][1] == speaker


def test_an_attribution_set_off_inside_a_clause_is_no_aside_of_a_subject():
    text = 'Surviving it, he said, underscored that "each one of us has a mission."'
    # (both halves of the clause it interrupts are the content, as for any attribution set off by commas)
    assert [(c, s) for c, s, _r in attributions(text)] == [('Surviving it underscored that "each one of us has a '
                                                            'mission."', "he")]


@pytest.mark.parametrize(("text", "speakers"), [
    # "Even" or "More" opening a phrase closed by a comma is no subject: the one after the comma is
    ("Even as he won in Ohio, Mr. Ruiz seemed to overstay his welcome, revealing a tendency to test patience.",
     ["Mr. Ruiz"]),
    ("More broadly, the firm has been working to emphasize its wireless business.", ["the firm"]),
    ("Even in Iowa, it is premature to assume Mr. Ruiz has won.", []),
    ("Even Dana Ruiz thinks he is wrong.", ["Even Dana Ruiz"]),  # (a guard: "Even" before a name, no comma)
    # ... nor an opening adverb in -fully, "More than anything," or a participle before a question word
    ("Thankfully, the council acted fast, saying that the roads were unsafe.", ["the council"]),
    ("More than anything, the council acted fast, saying that the roads were unsafe.", ["the council"]),
    ("Knowing how odd the rule had sounded to the crowd that night, the mayor backed it, saying it was fair.",
     ["the mayor"]),
])
def test_even_or_more_opening_a_phrase_is_no_subject(text, speakers):
    assert [s for _c, s, _r in attributions(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a time adjunct with "past", or a time phrase without its comma, is none of the speaker
    ("Dana Ruiz, the party chairman, this past week announced a new website.", "Dana Ruiz"),
    ("News accounts over the past year have reported his mood swings.", "News accounts"),
    ("Two days earlier the minister said the plan was dead.", "the minister"),
])
def test_a_time_phrase_before_the_cue_or_the_subject_is_no_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]



@pytest.mark.parametrize(("text", "expected"), [
    # the cue of a comparison: its object is the gap, and the clause after the comma is the writer's
    ("The jobless rate did not climb as high as some officials had expected, and the markets rallied.", []),
    ("Prices rose faster than most economists had predicted, and the bank acted.", []),
    ("The deficit was $90 billion more than the budget office had projected last August.", []),
    # (guards: a quantity after "than" is the speaker; a colon after the cue opens what is asked)
    ("More than a third agreed with the claim that rents would fall.",
     [("with the claim that rents would fall", "a third")]),
    ("More than 20 residents said they heard shots.", [("they heard shots", "20 residents")]),
    ("The plan is doomed as soon as its backers ask: who will pay for it?",
     [("who will pay for it", "its backers")]),
])
def test_the_cue_of_a_comparison_reports_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause after the source of "according to" belongs to the source: the content is the other side
    ("The talks stalled over access, according to several aides who spoke on the condition of anonymity.",
     [("The talks stalled over access", "several aides")]),
    ("According to two officials who were briefed on the meeting, the plan was dropped.",
     [("the plan was dropped", "two officials")]),
    ("Rents rose sharply, according to a national estimate that the institute put out last year.",
     [("Rents rose sharply", "a national estimate")]),
    # (a guard: a relative clause with a cue of its own is its own attribution)
    ("Chlorine was used in the war, according to monitors, who accuse all parties of atrocities.",
     [("Chlorine was used in the war", "monitors"), ("all parties of atrocities", "who")]),
])
def test_a_relative_clause_after_the_source_of_according_to_is_the_sources(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue after "this" and a modifier is a noun ("this" is a time word too: "this week")
    ("All that was before this new report that the inquiry was widening.", []),
    # idioms: "runs counter to" (goes against), "shows up" (appears)
    ("The tactic runs counter to the strategy of the last four years.", []),
    ("Which candidate shows up tonight is anyone's guess.", []),
    # phrasal verbs that report nothing: a crime charged, a law passed, a thing learnt, a reason removed
    ("Protecting an immigrant charged with a misdemeanor is one thing.", []),
    ("Activists have pushed through a large number of laws restricting the procedure.", []),
    ("We rarely find out about such abuses until long after the deed is done.", []),
    ("The pandemic has blasted away this reason for reelection.", []),
    ("The union called off the strike on Monday.", []),
    ("The army called up its reserves after the attack.", []),
    # ... but "call out" is a criticism, its object the content (not "out ...")
    ("Mr Delaney called out Sanders and Warren by name.", [("Sanders and Warren by name", "Mr Delaney")]),
    # "credited" someone for something is a judgement; "credited with" and "credited to" attribute, nothing said
    ("Galbreath credited senior officials for the progress.", [("senior officials for the progress", "Galbreath")]),
    ("Rinus Michels, who is credited with developing total football, has died.", []),
    # "challenging for" a lead or a title is competing, nothing said
    ("Each one is polling well, but neither is challenging for the lead.", []),
    # (guards: "charged that" and "blasted out" an email report)
    ("Critics charged that the plan was illegal.", [("that the plan was illegal", "Critics")]),
    ("Her campaign blasted out an email to supporters.", [("out an email to supporters", "Her campaign")]),
    # (guards: "shows up to" a quantity reports; "this week" stays a time before the subject)
    ("The poll shows up to 40 percent back him.", [("up to 40 percent back him", "The poll")]),
    ("This week officials plan to open the bridge.", [("to open the bridge", "officials")]),
])
def test_a_noun_after_this_and_idioms_of_cue_verbs_report_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place adverb inside the words before the cue ends the adjunct; at the phrase's end it is the speaker's
    ("Toward the end of his tenure there employees reported seeing him once a week.",
     [("seeing him once a week", "employees")]),
    ("The people there said the water was rising.", [("the water was rising", "The people there")]),
])
def test_a_place_adverb_ends_the_adjunct_before_the_speaker(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


def test_a_relative_clause_ends_before_an_adverb_and_the_main_verb():
    text = ("Sanders, who endorsed Canova in May and said he would probably campaign with him, ultimately did not "
            "show up in person.")
    assert [(c, s) for c, s, _r in attributions(text)] == [("Canova in May", "who"),
                                                            ("he would probably campaign with him", "who")]


@pytest.mark.parametrize(("text", "content"), [
    # the main clause's infinitive after the relative clause's closing comma ends it too
    ("That has left Trump, who said he changed his mind after one call with Xi, to take a swing at Beijing.",
     "he changed his mind after one call with Xi"),
    # (guards: a list of infinitives inside the clause; an aside inside it before the infinitive)
    ("The protesters, who said they found the rules to be too onerous, to be unfair, marched on.",
     "they found the rules to be too onerous, to be unfair"),
])
def test_a_relative_clause_ends_before_the_main_clauses_infinitive(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    # a cue in "-s" after a country's adjective with no determiner is a plural noun
    ("The sitcom is among numerous British shows nominated for the awards.", []),
    ("Russian claims that the jet strayed were rejected.", []),
    # (guards: after a determiner the adjective is a person; a country's name speaks)
    ("The Russian says the plan is dead.", [("the plan is dead", "The Russian")]),
    ("Britain says the plan is dead.", [("the plan is dead", "Britain")]),
])
def test_a_cue_in_s_after_a_countrys_adjective_is_a_noun(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue after a light verb is its object, a noun
    ("Both are quick to offer praise for teachers unions.", []),
    ("The plan won support from unions.", []),
    ("Since 2001, he has made other public promises to give the proceeds away.", []),
    ("The chairman made brief remarks about the whistleblower.", []),
    # a bare cue form before "is" or "was" is a noun, the clause's subject
    ("One lurking question is whether her phone was hacked.", []),
    ("The monthly jobs report was published on Friday.", []),
    # (guards: a free relative's verb; a cue before a clause)
    ("What the agency claims is a threat was minor.", [("is a threat was minor", "the agency")]),
    ("I think Trump is wrong.", [("Trump is wrong", "I")]),
    ("Pence, though, made sure to praise Trump during his remarks.", [("Trump during his remarks", "Pence")]),
])
def test_a_cue_after_a_light_verb_or_before_is_is_a_noun(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a name, a verb and its particle (an adverb after it or not) before the participle's comma: the name speaks
    ("Rubio hit back again, saying Christie was too focused on his state.", "Rubio"),
    ("Ms Ruiz hit back, saying the claim was false.", "Ms Ruiz"),
])
def test_a_verb_and_its_particle_after_a_name_end_the_participles_subject(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


def test_a_towns_state_in_commas_closes_a_participle_aside_before_the_cue():
    text = "Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second Amendment."
    assert [s for _c, s, _r in attributions(text)] == ["Trump"]


@pytest.mark.parametrize(("text", "expected"), [
    # ", and" with a determiner opens a new clause with a coordinated subject of its own
    ("Rosenstein argued against a special counsel in his hearing, and the White House and many lawmakers say "
     "that it would be a waste.",
     [("against a special counsel in his hearing", "Rosenstein"),
      ("that it would be a waste", "the White House and many lawmakers")]),
    # a plural noun with a relative pronoun or a verb after an opening condition's comma starts the main clause
    ("If Collins votes against Kavanaugh, donors who have pledged will not be charged.",
     [("Kavanaugh", "Collins")]),
    # "cannot" is a modal, no part of the subject
    ("He cannot hope to lead the conservatives.", [("to lead the conservatives", "He")]),
])
def test_clauses_after_and_or_a_condition_and_cannot(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a preposition's object inside a relative clause is no speaker: the clause's antecedent speaks
    ("Officials who spoke to the Times said the plan was dead.", "Officials who spoke to the Times"),
    ("Many senators who voted for the deputy attorney general say it would be a waste.",
     "Many senators who voted for the deputy attorney general"),
    # (guard: a clause-taking verb in the relative clause reports the subject after it)
    ("Aides who claimed the senator said it were wrong.", "who"),
])
def test_the_object_of_a_preposition_in_a_relative_clause_is_no_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)][0] == speaker


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective before the cue is no speaker: the antecedent of the relative clause before it speaks
    ("Republicans who think the convention will be peaceful said police would keep order.",
     [("the convention will be peaceful", "who"),
      ("police would keep order", "Republicans who think the convention will be peaceful")]),
    # a request for anonymity reports nothing
    ("One member who requested anonymity told CNN the session was helpful.",
     [("the session was helpful", "One member who requested anonymity")]),
])
def test_the_antecedent_of_a_relative_clause_speaks_for_the_verb_after_it(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "content"), [
    # a cue word that is also a noun, between a comma and a comma, "and" or "or", is an item of a list
    ("Dana Ruiz told \u201cAxios on HBO\u201d that she expects the firm to resist the committee's requests, demands "
     "and subpoenas.",
     "\u201cAxios on HBO\u201d that she expects the firm to resist the committee's requests, demands and subpoenas"),
    ("Parnas, who is seeking immunity for his testimony, turned over text messages, notes and other records.",
     "immunity for his testimony, turned over text messages, notes and other records"),
])
def test_a_cue_word_in_a_list_of_nouns_is_a_noun(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a relative clause whose object is the pronoun ends before the main verb after its comma
    ("The poster, which critics claim depicted the leader as a villain, prompted accusations of bias.",
     "depicted the leader as a villain"),
    ("The bill, which Republican leaders wanted to pass in hours, would provide $2.8 billion.",
     "to pass in hours"),
    # a free relative after "of" inside the subject, closed by a past main verb
    ("The images, including another of what critics claim depicted the leader as a villain, prompted "
     "accusations of bias.", "depicted the leader as a villain"),
])
def test_a_relative_clause_with_its_object_pronoun_ends_before_the_main_verb(text, content):
    assert [c for c, _s, _r in attributions(text)][0] == content


@pytest.mark.parametrize(("text", "speaker"), [
    # "Not only that," opens the sentence before its subject
    ('Not only that, the party store is now selling a T-shirt that proclaims: "Democrats care."', "the party store"),
    ('Not prone to understating its successes, Google made its claim in the title: "Quantum supremacy."', "Google"),
    # an adverb and a participle before the head of the source of "according to"
    ("According to the previously released document, topics are surfaced by algorithms.",
     "the previously released document"),
])
def test_openers_and_participles_before_the_head_are_no_cut_in_the_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # a passive with its agent right after an attribution is the verb of the clause it reports
    ("The aviation authority said it was informed about the plane by ground control.",
     [("it was informed about the plane by ground control", "The aviation authority")]),
    ("Sessions said he was told by the FBI not to list the meetings.",
     [("he was told by the FBI not to list the meetings", "Sessions")]),
    # an organisation's name joined by "and" inside the aside before the cue is no speaker
    ("Mr. Bernstein, a senior fellow at the Center on Budget and Policy Priorities, a liberal research group, said "
     "the cuts would hurt.", [("the cuts would hurt", "Mr. Bernstein")]),
])
def test_a_passive_in_the_reported_clause_and_an_organisation_in_an_aside(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comma and "before" or "after" open a statement of its own with a speech cue
    ("The company said profits rose, before it announced it would cut jobs.",
     [("profits rose", "The company"), ("it would cut jobs", "it")]),
    ("The mayor said the city would appeal, after the union announced it would strike.",
     [("the city would appeal", "The mayor"), ("it would strike", "the union")]),
    ('"It is not a setback," Mr. Orme said of the vote, before he announced he was not planning to stand.',
     [('"It is not a setback,"', "Mr. Orme"), ("he was not planning to stand", "he")]),
    # (guard: no comma, the time clause is part of what was said)
    ("The mayor said the city would appeal after the union announced a strike.",
     [("the city would appeal after the union announced a strike", "The mayor")]),
])
def test_a_time_clause_after_a_comma_with_a_speech_cue_is_a_statement_of_its_own(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive ends before "and" and a past verb with its object: the subject's next act
    ("Presumptive nominee Dana Ruiz vowed to keep the clinic open and celebrated the ruling Monday.",
     [("to keep the clinic open", "Presumptive nominee Dana Ruiz")]),
    # (guards: a perfect infinitive; a bare verb after "and"; a relative clause's own verbs)
    ("She pledged to have finished the draft and published the report.",
     [("to have finished the draft and published the report", "She")]),
    ("Senators pledged to cut taxes and raise spending.", [("to cut taxes and raise spending", "Senators")]),
    ("Protesters demanded to know what happened to Gray, who was arrested in April and suffered a severe injury.",
     [("to know what happened to Gray, who was arrested in April and suffered a severe injury", "Protesters")]),
    # "in" and a number after a number is a share, no time
    ("Most voters said they want a more liberal agenda, but six in 10 said they want those policies to continue.",
     [("they want a more liberal agenda", "Most voters"), ("they want those policies to continue", "six in 10")]),
    ("The party in 2010 said it would cut taxes.", [("it would cut taxes", "The party")]),    # an infinitive ends before a semicolon and a clause of its own (not a list, nor inside parentheses)
    ("Republicans want to nullify a package of spending cuts; Democrats won't go for it without concessions.",
     [("to nullify a package of spending cuts", "Republicans")]),
    ("Wint vowed to kill Savvas Savopoulos; his wife, Amy; and their son.",
     [("to kill Savvas Savopoulos; his wife, Amy; and their son", "Wint")]),
    ("Inbev agreed to buy the stake for up to 259.7m euros ($353.3m; £183.75m).",
     [("to buy the stake for up to 259.7m euros ($353.3m; £183.75m)", "Inbev")]),
    # an infinitive's subject is that of the subordinate clause it stands in
    ("Despite losing his serve, Roddick storms into a lead when the umpire leaves his seat to confirm a close call.",
     [("a close call", "the umpire")]),
])
def test_an_infinitive_before_a_next_act_its_subject_and_a_share_before_the_cue(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dash and "but" open a statement of its own with a speech cue, as a comma and "but" do
    ('Rendell praised Ruiz, calling it "an incredible feat" - but he said the time is coming to tone it down.',
     [("Ruiz", "Rendell"), ('it "an incredible feat"', "Rendell"), ("the time is coming to tone it down", "he")]),
    ("Holder vowed to keep up the pressure on voting rights \u2014 but he also warned that the measures won't "
     "replace the law.", [("to keep up the pressure on voting rights", "Holder"),
                          ("that the measures won't replace the law", "he")]),
    # a comma and "but" before a cue of belief with a subject of its own (another pronoun, or no pronoun)
    ("The company suspended her account; it did not explain why, but she suspects that the men reported it.",
     [("that the men reported it", "she")]),
    ("Most voters said Trump cares about people like them, but only 46 percent believe the same of Clinton.",
     [("Trump cares about people like them", "Most voters"), ("the same of Clinton", "only 46 percent")]),
    # an object ends before "but" and a speech cue with a speaker of its own, a comma or not
    ('Blackburn want £6m for the midfielder but chief executive John Williams has confirmed the club are still '
     '"in dialogue" with Rangers.', [("£6m for the midfielder", "Blackburn"),
                                     ('the club are still "in dialogue" with Rangers', "chief executive John Williams")]),
    # (guard: a pronoun after a name may be the same speaker: one statement)
    ('Clinton says she hopes to be elected president, but she knows that "LeBron will always be the king."',
     [('she hopes to be elected president, but she knows that "LeBron will always be the king."', "Clinton")]),
])
def test_but_before_a_cue_with_a_subject_of_its_own_opens_a_statement_of_its_own(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names joined by "and" after a conjunction opening the sentence are one speaker
    ("But Lord Justice Rix and Mr Justice Forbes ruled that UK jurisdiction could extend to a prison.",
     [("that UK jurisdiction could extend to a prison", "Lord Justice Rix and Mr Justice Forbes")]),
    # "at least" before a number is part of the quantity that speaks, as "about" is
    ("At least one other lawmaker has already called on the president to address the issue.",
     [("the president to address the issue", "one other lawmaker")]),
    ("And at least 13 states have already indicated they will not agree to that.",
     [("they will not agree to that", "13 states")]),
    # a share "in" or "among" a group named with a demonstrative or an article
    ("Among those who watched, 77% in that group say they trust her most.",
     [("they trust her most", "77% in that group")]),
])
def test_joined_names_after_but_and_quantities_that_speak(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a noun in -ing after a noun heads the source of "according to" ("the court filing", no court)
    ("The inquiry could expire in September, according to the court filing.", "the court filing"),
    ("It was flying at its normal altitude, according to the radar reading.", "the radar reading"),
])
def test_a_noun_in_ing_heads_the_source_of_according_to(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # a name that is the object inside an aside's relative clause is no speaker, the verb's form whatever it is
    ("Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the "
     "primaries have helped her.", [("the primaries have helped her", "Geoff Garin")]),
    ("Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer as inadequate.",
     [("the offer as inadequate", "Southcorp")]),
    # "and as" after a quotation goes on with the reported clause: no subordinate "as"
    ('Mr. Garin said voters see her as "strong, smart and resilient" and as a candidate in tune with them.',
     [('voters see her as "strong, smart and resilient" and as a candidate in tune with them', "Mr. Garin")]),
])
def test_a_name_inside_an_asides_relative_clause_and_and_as_after_a_quotation(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "content"), [
    # "according to" after a comma and "but", set off by a comma, reports the clause after it
    ("The minister went along to listen, but according to those present, it was embarrassing to see him.",
     "it was embarrassing to see him"),
    # (guard: at the sentence's end it reports the clause before)
    ("The talks failed, according to aides.", "The talks failed"),
])
def test_according_to_after_but_reports_the_clause_after_it(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    # a cue after words quoted inside a clause is no inverted attribution of the quotation
    ('In a statement, Simmons said he "completely and unequivocally" denies the claims.',
     [('he "completely and unequivocally" denies the claims', "Simmons")]),
    # (guards: a quotation that opens the sentence, or ends with its comma or question mark, is inverted)
    ('"This is wrong" said Smith.', [('"This is wrong"', "Smith")]),
    ('"Is this wrong?" asked Smith.', [('"Is this wrong?"', "Smith")]),
])
def test_a_cue_after_words_quoted_inside_a_clause_is_no_inversion(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # "in the past" and "in recent weeks" between the auxiliary and the cue are time adjuncts, no speaker
    ("Officials have in recent weeks said the plan was dead.", "Officials"),
    ("The senator has in the past said the plan was dead.", "The senator"),
])
def test_in_the_past_and_in_recent_weeks_before_the_cue_are_no_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # "for a" after a name is a reason, no post-modifier of the name
    ("Bogdanovic was warned by the Lawn Tennis Association for a lack of drive.", "the Lawn Tennis Association"),
    # (guard: after a common noun it is one: "a spokesman for a rival firm")
    ("A spokesman for a rival firm said the plan was dead.", "A spokesman for a rival firm"),
])
def test_for_a_after_a_name_ends_the_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # "for" and a noun phrase before an infinitive cue: what one asks of another, nothing said
    ("The deal to open formal talks with Ankara came despite an EU demand for Turkey to recognise Cyprus.", []),
    # (guard: an infinitive after the subject's own verb)
    ("Trump took to Twitter to accuse the press of lying.", [("the press of lying", "Trump")]),
])
def test_an_infinitive_cue_after_for_and_its_subject_reports_nothing(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a plural noun, a past participle and "out" before a preposition: a reduced relative clause of the speaker
    ("Investigations carried out in the wake of her resignation found more than 7,000 people had entered.",
     "Investigations carried out in the wake of her resignation"),
    ("Studies carried out by the university found that people were happier.",
     "Studies carried out by the university"),
    # (guard: "out" and an object: an active verb, its subject no speaker of a later cue)
    ("Clinton and Sanders started out their debate by trading barbs, and he questioned her judgment.", "he"),
])
def test_a_participle_and_out_before_a_preposition_stay_in_the_speaker(text, speaker):
    assert [s for _c, s, _r in attributions(text)][-1] == speaker


@pytest.mark.parametrize(("text", "content"), [
    # "to" and a verb after a determiner's addressee open what the addressee is told: the content holds them all
    ('Peter Mandelson warned the BBC to steer away from "demonising" Mr Campbell.',
     'the BBC to steer away from "demonising" Mr Campbell'),
    ("He told the Times to expect a deal.", "the Times to expect a deal"),
    # (guard: an addressee and the reported clause's own subject)
    ("She told the New York Times the plan failed.", "the plan failed"),
])
def test_an_addressee_with_a_determiner_ends_before_to_and_its_verb(text, content):
    assert [c for c, _s, _r in attributions(text)] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    # a time adjunct after the cue ("after", "before" and a noun phrase) leaves the quotation before as content
    ('"Could this be a first?" Trump tweeted after a reverse in the census case on Tuesday.',
     [('"Could this be a first?"', "Trump")]),
    # (guards: a clause after the adjunct is the content)
    ("Trump said after the meeting he would veto the bill.", [("after the meeting he would veto the bill", "Trump")]),
    ("She said before the vote that it would pass.", [("before the vote that it would pass", "She")]),
    # "named after" gives a name's origin, no speech, in an aside that sets off the subject
    ('The Brady Campaign, named after the former press secretary wounded in an attack on Reagan, called the '
     'compromise a "good first step."', [('the compromise a "good first step."', "The Brady Campaign")]),
])
def test_a_time_adjunct_after_the_cue_and_a_names_origin_are_no_content(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle clause opening the sentence with a quotation is the speaker's aside; the clause after the cue
    # with "that" or a quotation is the content
    ('Calling the attack a "violent assault on the Jewish community," Denis McDonough said on Jan. 13 that it "was '
     'an act of terror."', [('the attack a "violent assault on the Jewish community,"', "Denis McDonough"),
                            ('that it "was an act of terror."', "Denis McDonough")]),  # (the participle's own too)
    # (guard: nothing after the cue: the quoted participle clause stays the content)
    ('Calling the attack a "violent assault on the Jewish community," McDonough said.',
     [('Calling the attack a "violent assault on the Jewish community,"', "McDonough")]),
    # a noun phrase after the cue that opens a clause (an auxiliary follows) is no inverted speaker after a title
    # in quotation marks ending an aside
    ('Trump, who fired him during an episode of his show "Celebrity Apprentice," said the former governor had been '
     'subjected to a "ridiculous sentence."',
     [('the former governor had been subjected to a "ridiculous sentence."', "Trump")]),
])
def test_an_opening_participle_and_a_quoted_title_before_the_cue_are_no_content(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker phrase of up to 14 words before the cue is read whole (it was cut after 10)
    ('"I have been expecting her to lose," the chief strategist for one of the state\'s top elected Democrats '
     'backing Clinton said.',
     [('"I have been expecting her to lose,"',
       "the chief strategist for one of the state's top elected Democrats backing Clinton")]),
    ("Jobs would return if China had laws to protect business secrets, the report from the Commission on the "
     "Theft of American Intellectual Property concluded.",
     [("Jobs would return if China had laws to protect business secrets",
       "the report from the Commission on the Theft of American Intellectual Property")]),
    # a participle as adjective after "the other", "the only" stays in the phrase
    ("The other declared candidate said she supported legalization.",
     [("she supported legalization", "The other declared candidate")]),
])
def test_a_long_speaker_phrase_is_read_whole(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comma left out before a closing "he said" or "Axa said": the clause before is still what was said
    ("The issue would be debated in Parliament next Monday as scheduled he insisted.",
     [("The issue would be debated in Parliament next Monday as scheduled", "he")]),
    ("This equated to an annual investment growth rate of 8% Axa said.",
     [("This equated to an annual investment growth rate of 8%", "Axa")]),
    # ... and before an inverted "said Mr Owen." or "said Dana Ruiz, an analyst ...": the name after the cue speaks
    ("There are games on the market that have educational elements said Mr Owen.",
     [("There are games on the market that have educational elements", "Mr Owen")]),
    ("Analysing traffic will become important for providers if they are to keep gamers said Dana Ruiz, an analyst.",
     [("Analysing traffic will become important for providers if they are to keep gamers", "Dana Ruiz")]),
    # (guards: an answer given as a name, an addressee)
    ("In the poll of voters across the country 45 percent said Mr. Obama.", []),
    # (guards: a relative or embedded clause before the speaker is no content)
    ("He stood by everything he said.", []),
    ("The tape held the exact words Obama said.", []),
])
def test_a_closing_attribution_without_its_comma_takes_the_clause_before(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjunct set off by commas, or a gerund adjunct, between the cue and "that" is no content
    ("The extension is longer, but the EU also said, as part of its offer, that it would leave open an early exit.",
     [("that it would leave open an early exit", "the EU")]),
    ("The EU also said, in a statement on Monday, that it would leave the door open.",
     [("that it would leave the door open", "The EU")]),
    ("He told reporters after landing in Burlington that he would get recharged in Vermont.",
     [("that he would get recharged in Vermont", "He")]),
    # a state's abbreviation inside the adjunct ("Vt.,") ends no sentence and no adjunct
    ("He told reporters after landing in Burlington, Vt., that he would get recharged in Vermont.",
     [("that he would get recharged in Vermont", "He")]),
    # a figure in brackets inside a share of people
    ("Two-thirds (67 percent) of voters said it was very important.",
     [("it was very important", "Two-thirds (67 percent) of voters")]),
])
def test_adjuncts_after_the_cue_and_figures_in_the_speaker(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause after an inverted speaker describes the speaker: the closing attribution reports the
    # sentence, a cue inside it no speaker's own
    ("Bernhardt might not want the job, said one lawyer who has business in front of Interior.",
     [("Bernhardt might not want the job", "one lawyer")]),
    ("The White House wants to extend the period, said one aide who was briefed on the talks.",
     [("The White House wants to extend the period", "one aide")]),
])
def test_a_speaker_described_by_a_relative_clause_closes_the_sentence(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjunct of medium or day after a speech cue ("in a statement", "on Twitter") is no content, and a
    # coordinated cue with one before its clause still reports it
    ("The mayor said in a statement he would resign.", [("he would resign", "The mayor")]),
    ("Klobuchar has not co-sponsored the bill but said in a statement she supported legalization.",
     [("she supported legalization", "Klobuchar")]),
    ("Manchin voted to safeguard the funds and said on Twitter he would consider changing his vote.",
     [("he would consider changing his vote", "Manchin")]),
    # (a guard: a relative clause of the medium, its object the gap, is no clause of the speaker's)
    ("Ron Wyden said in a letter he sent to Facebook that the data was misused.",
     [("in a letter he sent to Facebook that the data was misused", "Ron Wyden")]),
    # a date after the cue, a month and its day, is no content either
    ("Shervin Pishevar said Dec. 5 he was taking a leave of absence.",
     [("he was taking a leave of absence", "Shervin Pishevar")]),
    ("Gov. Phil Murphy announced April 29 that parks would reopen May 2.",
     [("that parks would reopen May 2", "Gov. Phil Murphy")]),
])
def test_a_medium_adjunct_after_the_cue_is_no_content(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speech cue of "who" after a comma and a name or a role, inside what another reports: a row of its own,
    # nested in the outer one
    ("They said the cutoff was a matter of strategy for one official, who added that many Democrats favored it.",
     [("the cutoff was a matter of strategy for one official, who added that many Democrats favored it", "They"),
      ("that many Democrats favored it", "who")]),
    ("Smith said he met the senator, who told him that the bill was dead.",
     [("he met the senator, who told him that the bill was dead", "Smith"), ("that the bill was dead", "who")]),
    # (a guard: a group before "who" stays inside the outer content)
    ("Noonan said the response should answer many opponents of legalization, who say they need to pay fines.",
     [("the response should answer many opponents of legalization, who say they need to pay fines", "Noonan")]),
])
def test_a_named_or_described_who_inside_reported_speech_is_a_nested_row(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "show" after a kind of programme is the programme ("talk show host"; "the morning shows" after an article)
    ("Trump took to the talk shows to defend his praise of Putin.", []),
    ("Ex-BBC chat show host Robert Kilroy-Silk has quit the party.", []),
    # ... and the name after it is the subject a coordinated cue continues; "TV show host" before a name too
    ("Ex-chat show host Robert Kilroy-Silk has quit the party and accused it of betraying its supporters.",
     [("it of betraying its supporters", "Ex-chat show host Robert Kilroy-Silk")]),
    ("TV show host Robert Kilroy-Silk has quit the party and accused it of betraying its supporters.",
     [("it of betraying its supporters", "TV show host Robert Kilroy-Silk")]),
    ("The figures show host nations gain little from the games.",
     [("host nations gain little from the games", "The figures")]),
    ("A former senator known for his expertise, Biden made the rounds on the morning shows and said he would run.",
     [("he would run", "Biden")]),
    # (guards: a time before "shows" is no programme, nor a state's TV)
    ("A poll released Monday morning shows a virtual dead heat.", [("a virtual dead heat", "A poll released Monday morning")]),
    ("Footage from the game shows that several students wore flags.",
     [("that several students wore flags", "Footage from the game")]),
    # "call" after a kind of call is the noun
    ("The transcripts of Flynn's phone calls with the ambassador were made public.", []),
    ("Leaders spent days on conference calls fielding requests.", []),
])
def test_a_programme_is_no_showing_and_a_name_after_a_description_is_the_subject(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an impersonal passive of speech reports with no source: the clause after it, or the one before it closing
    ("It was claimed he had been embarrassed by the decision.", [("he had been embarrassed by the decision", None)]),
    ("The statement has diverted attention from the real issues, it has been claimed.",
     [("The statement has diverted attention from the real issues", None)]),
    # the subject of a passive "tell" is whom it was said to: the content is what follows
    ("Mr Bradshaw was initially told it was an offence.", [("it was an offence", None)]),
    ('It emerged a farmer had been told he could use his dogs to "chase away animals" from his farm.',
     [('he could use his dogs to "chase away animals" from his farm', None)]),
    # (guards: the writer's aside, an adjunct with no clause, and a passive "assured" that reports nothing)
    ("It should be noted that the deal is off.", []),
    ("Barr's confirmation was virtually assured.", []),
    ("It was announced Dec. 4.", []),
])
def test_an_impersonal_passive_of_speech_reports_without_a_source(text, expected):
    assert [(c, s) for c, s, _r in attributions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue after "and" or "but" opening with another auxiliary than the cue before it carries on the clause that cue
    # reports: one attribution
    ("The minister said she was proud of the industry but was concerned that children were playing violent games.",
     [("she was proud of the industry but was concerned that children were playing violent games", "The minister",
       "speaker_cue")]),
    ("The chairman said Democrats will do whatever it takes and will request documents from the White House.",
     [("Democrats will do whatever it takes and will request documents from the White House", "The chairman",
       "speaker_cue")]),
    # ... not after a cue with the same auxiliary, nor after a complement without a subject: the speaker's next act
    ("North Korea has called its campaign a matter of existence but has denied there has been a case.",
     [("its campaign a matter of existence", "North Korea", "speaker_cue"),
      ("there has been a case", "North Korea", "coordinated_cue")]),
    ("Trump denies having a relationship with her and has said that he did not know of a payment.",
     [("having a relationship with her", "Trump", "speaker_cue"),
      ("that he did not know of a payment", "Trump", "coordinated_cue")]),
])
def test_a_coordinated_cue_with_another_auxiliary_carries_on_the_reported_clause(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question's quotation before "X said/asked, <participle> ...": the quotation is the content, the participle
    # clause what the speaker did
    ('\u201cWho would have believed that we would get 14 million votes?\u201d Trump said, looking out on the crowd.',
     [('\u201cWho would have believed that we would get 14 million votes?\u201d', "Trump", "content_speaker_cue")]),
    ('"Is this the end?" Smith asked, pointing at the crowd.',
     [('"Is this the end?"', "Smith", "content_speaker_cue")]),
    # (guards: with no quotation before, the participle clause stays; a reported clause after it is content)
    ("Smith said, looking at the crowd, that the end was near.",
     [("looking at the crowd, that the end was near", "Smith", "speaker_cue")]),
])
def test_a_participle_after_the_cue_of_a_quoted_question_is_no_content(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a passive belief with its holder between the subject and what it is held to be: both pieces are the content
    ("Al-Asiri is considered by U.S. officials to be the best bomb-maker in operation today.",
     [("Al-Asiri ... to be the best bomb-maker in operation today", "U.S. officials", "passive_by")]),
    ("He is believed by investigators to have fled.", [("He ... to have fled", "investigators", "passive_by")]),
    # (guard: a bare plural after "by" with no infinitive after it holds nothing)
    ("The houses were seen by residents on Monday.", []),
])
def test_a_passive_belief_with_its_holder_inside(text, expected):
    assert [(" ... ".join(text[s:e] for s, e in q.spans), q.speaker_mention, q.rule) for q in find_quotes(text)] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "what X called '...'" inside an opening phrase names a thing; the cue after the quotation is the sentence's
    ('Without what he called \u201cstrong measures,\u201d Trump warned that disaster would follow.',
     [("\u201cstrong measures,\u201d", "he", "speaker_cue"), ("that disaster would follow", "Trump", "speaker_cue")]),
    # (guard: a naming cue inside the reported clause stays inside it)
    ('Trump warned that without what he called \u201cstrong measures,\u201d disaster would follow.',
     [("that without what he called \u201cstrong measures,\u201d disaster would follow", "Trump", "speaker_cue")]),
])
def test_a_cue_after_what_someone_called_a_thing_is_the_sentences_own(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a closing quote mark glued to the next sentence in scraping ('no problem."Todd'): the sentence ends after the
    # mark, and the quotation is not the next sentence's
    ('"It fits, no problem," Carson said. "But if it fits, no problem."Todd then asked whether Islam fits.',
     [('"It fits, no problem," ... "But if it fits, no problem."', "Carson"), ("whether Islam fits", "Todd")]),
    ('McCain told Newsmax: "It seems rather bizarre to me."But the risk is real, pollster Matt Towery said.',
     [('"It seems rather bizarre to me."', "McCain"), ("But the risk is real", "pollster Matt Towery")]),
    # (guard: an opening mark glued after a full stop still opens its quotation)
    ('Others were ambivalent, the Los Angeles Times reports."It is one of those things," David Barton said.',
     [("Others were ambivalent", "the Los Angeles Times"), ('"It is one of those things,"', "David Barton")]),
])
def test_a_closing_mark_glued_to_the_next_sentence(text, expected):
    assert [(" ... ".join(text[s:e] for s, e in q.spans), q.speaker_mention) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the source after "according to" holds a document's modifiers and its "of" or "on" phrase, never the content
    ("In 2001, 46 percent of Democrats said they worried about it, according to a Gallup tracking poll on the issue.",
     [("In 2001, 46 percent of Democrats said they worried about it", "a Gallup tracking poll on the issue"),
      ("they worried about it", "46 percent of Democrats")]),
    ("Prices rose sharply last year, according to a Reuters survey of economists.",
     [("Prices rose sharply last year", "a Reuters survey of economists")]),
    # (guard: a date after "on" is no part of the source)
    ("The actor was accused of misconduct, according to a Deadline report on Nov. 8.",
     [("The actor was accused of misconduct", "a Deadline report")]),
    # a noun in -ing or "later" right after the article is part of the source, not its end
    ("The engine flamed out, according to a recording played on local media.",
     [("The engine flamed out", "a recording")]),
    ("The team fought over money, according to a later New York Times report.",
     [("The team fought over money", "a later New York Times report")]),
])
def test_the_source_after_according_to_holds_the_documents_phrase(text, expected):
    assert [(" ... ".join(text[s:e] for s, e in q.spans), q.speaker_mention) for q in find_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "for" and a speech cue in -ing after a clause: its subject said it
    ("President Trump is taking heat from Democrats for telling ABC News on Wednesday that he would listen to them.",
     [("that he would listen to them", "President Trump", "participle_subject")]),
    ("But the government was widely criticised for insisting the detentions would continue.",
     [("the detentions would continue", "the government", "participle_subject")]),
    # (guards: after an evaluation and its object, the evaluation's content holds it; no subject, no row)
    ("Democrats criticized Trump for saying that Mexico would pay.",
     [("Trump for saying that Mexico would pay", "Democrats", "speaker_cue")]),
    ("Along the way, McCarthy became famous for telling his colleagues to vote their district.", []),
    # "in" and a speech cue with its clause: the same (a cue inside that clause has no speaker of its own)
    ("Republican lawmakers joined Democrats in saying Trump should call out white supremacists directly.",
     [("Trump should call out white supremacists directly", "Republican lawmakers", "participle_subject")]),
    ("Bernie Sanders and Elizabeth Warren went farthest in saying they would apply pressure on Israel.",
     [("they would apply pressure on Israel", "Bernie Sanders and Elizabeth Warren", "participle_subject")]),
    # (guards: a relative clause's gerund, a verb's particle)
    ("Democrats who were instrumental in writing the law told the court that it was clear.",
     [("that it was clear", "Democrats who were instrumental in writing the law", "speaker_cue")]),
    ("Jubilation erupted as exit polls streamed in revealing that Netanyahu had won.", []),
])
def test_a_speech_cue_after_for_or_in_is_the_clause_subjects(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    # "call" before the noun it modifies is no cue
    "The firm runs call centers in New Jersey and Oklahoma.",
    "A New Jersey-based call center company made the calls.",
])
def test_call_in_a_compound_is_no_cue(text):
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a speech cue in -ing after a comma opens the reported clause: it is no part of the next verb's subject
    ("Trump renewed his call for a wall, claiming Democrats want open borders rather than security.",
     [("Democrats want open borders rather than security", "Trump", "participle_subject")]),
    ("Attorney General Jeff Sessions fired him, saying internal investigators found he lacked candor.",
     [("internal investigators found he lacked candor", "Attorney General Jeff Sessions", "participle_subject")]),
    # (guard: "ruling" after an article modifies the noun)
    ("The ruling party said it would win.", [("it would win", "The ruling party", "speaker_cue")]),
])
def test_a_reporting_participle_is_no_part_of_the_subject_after_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation at the end of the paragraph is not "a quotation before" the first word of an earlier sentence
    ('Judges should think carefully before heading an inquiry, he said. He argued: "It would be damaging."',
     [("Judges should think carefully before heading an inquiry", "he", "content_speaker_cue"),
      ('"It would be damaging."', "He", "speaker_cue")]),
    ('Americans don\u2019t want that, the Ohio Republican insisted. "They want to pick their own doctor," he said.',
     [("Americans don\u2019t want that", "the Ohio Republican", "content_speaker_cue"),
      ('"They want to pick their own doctor,"', "he", "content_speaker_cue")]),
])
def test_a_closing_attribution_owns_its_sentence_whatever_ends_the_paragraph(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    # a cue's participle after an owner and an adverb modifies the owner's noun: nothing said
    "During Utah\u2019s recently concluded legislative session, lawmakers passed the bill.",
    "Trump\u2019s newly stated determination to halt the war surprised aides.",
])
def test_a_participle_between_an_owner_and_its_noun_is_no_cue(text):
    assert attributions(text) == []


def test_in_the_words_of_without_a_source_phrase_is_no_attribution():
    assert attributions("He lived in the words of his father and in the songs of his mother.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # what an act names (an object cue) ends before "and" and the subject's next verb
    ("Christie endorsed Trump last week and has appeared at his side at rallies.",
     [("Trump last week", "Christie", "speaker_cue")]),
    ("Ryan blames Hamas rocket fire for the violence and has backed Israel's right to defend itself.",
     [("Hamas rocket fire for the violence", "Ryan", "speaker_cue")]),
    ("Graham, who had endorsed Jeb Bush for president and midwifed the bill, spoke.",
     [("Jeb Bush for president", "who", "speaker_cue")]),
    # not a list, nor a clause of its own after the cue
    ("Ms Lee endorsed Trump and Pence on Friday.", [("Trump and Pence on Friday", "Ms Lee", "speaker_cue")]),
    ("The senator criticized the plan and its effects on farmers.",
     [("the plan and its effects on farmers", "The senator", "speaker_cue")]),
    ("Facebook decides what is and is not acceptable speech.",
     [("what is and is not acceptable speech", "Facebook", "speaker_cue")]),
])
def test_an_acts_object_ends_before_the_subjects_next_verb(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a document given out through a verb and its particle "out", or a participle of giving out: its giver speaks
    ("Clinton's campaign put out a statement stressing that coal will remain part of the energy mix.",
     [("that coal will remain part of the energy mix", "Clinton's campaign", "participle_subject")]),
    ("The agency sent out a letter warning that the fund would run dry.",
     [("that the fund would run dry", "The agency", "participle_subject")]),
    ("The White House has put out a statement noting that the president was briefed.",
     [("that the president was briefed", "The White House", "participle_subject")]),
    # an act after a comma that reports nothing itself: the statement's words are the subject's, not the act's
    ("The senator responded Tuesday, issuing a statement saying the bill was dead.",
     [("the bill was dead", "The senator", "participle_subject")]),
    ("Prices rose. The union responded, releasing a statement.", []),
    # not a date opening the sentence as the giver; not a clause after a source set off by "as"
    ("On Dec. 15, 2015, the ministry put out a release stating that the official was sentenced.",
     [("that the official was sentenced", "a release", "speaker_cue")]),
    ("As Milton Friedman explained, spending your money on yourself is more efficient.",
     [("spending your money on yourself is more efficient", "Milton Friedman", "speaker_cue")]),
    # a document one reads about stays the speaker
    ("Shares fell following a report saying the company would cut jobs.",
     [("the company would cut jobs", "a report", "speaker_cue")]),
])
def test_a_document_given_out_speaks_for_its_giver(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle's adjuncts that end in a bare noun (no determiner opens a phrase of their own): the speaker is
    # the noun the participle modifies, with all its adjuncts, a gerund the preposition governs among them
    ("A man charged with fraud said he was innocent.",
     [("he was innocent", "A man charged with fraud", "speaker_cue")]),
    ("Lawyers for a man charged with lying to investigators told the court he was innocent.",
     [("he was innocent", "Lawyers for a man charged with lying to investigators", "speaker_cue")]),
    ("A lawsuit filed in Washington state claims the director assaulted a boy.",
     [("the director assaulted a boy", "A lawsuit filed in Washington state", "speaker_cue")]),
    ("Candidates running to replace incumbents are hoping that the senator will campaign.",
     [("that the senator will campaign", "Candidates running to replace incumbents", "speaker_cue")]),
    # not where the past form is the sentence's own verb and the cue a participle or a noun after its object
    ("His aides pointed to statistics showing that turnout rose.",
     [("statistics showing that turnout rose", "His aides", "speaker_cue")]),
    ("The debate focused on Trump's obscene remarks that surfaced on Friday.",
     [("Trump's obscene remarks that surfaced on Friday", "The debate", "speaker_cue")]),
])
def test_a_speaker_modified_by_a_participle_with_a_bare_noun_after_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of beginning or going on before a speech cue in -ing: its subject speaks (before, no row at all)
    ("Trump kept saying that the election was rigged.",
     [("that the election was rigged", "Trump", "participle_subject")]),
    ("Soon after the change, residents began complaining the water didn't look right.",
     [("the water didn't look right", "residents", "participle_subject")]),
    ("Critics have continued insisting the law was flawed.",
     [("the law was flawed", "Critics", "participle_subject")]),
    ('The crowd began chanting "Lock her up."', [('"Lock her up."', "The crowd", "participle_subject")]),
    # not an object read as a clause, nor a cue with no clause after it
    ("By the 2000s, students began learning more contemporary coding languages.", []),
    ("They started talking about the game.", []),
])
def test_a_verb_of_beginning_or_going_on_lends_its_subject_to_a_speech_participle(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Early" or "Late" before a preposition opens a phrase, not the subject: the subject comes after its comma
    ("Early in the election cycle, the senator faced criticism for saying the plan would fail.",
     [("the plan would fail", "the senator", "participle_subject")]),
    ("Early on, the senator faced criticism for saying the plan would fail.",
     [("the plan would fail", "the senator", "participle_subject")]),
    # ... but "Early" before a noun is part of the subject
    ("Early voting began, officials said.", [("Early voting began", "officials", "content_speaker_cue")]),
])
def test_early_or_late_before_a_preposition_opens_a_phrase(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short adjunct before a colon and a quotation is no content, after an addressee or a time too
    ('Zuckerberg told him Monday in their one-on-one meeting: "We were lied to."',
     [('"We were lied to."', "Zuckerberg", "speaker_cue")]),
    ('Obama said in a written statement: "I relied on his counsel."',
     [('"I relied on his counsel."', "Obama", "speaker_cue")]),
    ('She said of the money in the plan: "It will save lives."', [('"It will save lives."', "She", "speaker_cue")]),
    # not where another verb of speech or a relative owns the colon
    ('She later responded to the denial by tweeting: "I stand by my account."',
     [('"I stand by my account."', "She", "participle_cue")]),
    ('The tweets were condemned by Pelosi and other leaders who said: "This is offensive."',
     [('"This is offensive."', "who", "speaker_cue")]),
])
def test_an_adjunct_before_a_colon_and_a_quotation_is_no_content(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aside after a relative clause ends the clause: the clause's antecedent speaks, not its object
    ("Some voters who have listened to his speeches, on television or at rallies, said he had changed.",
     [("he had changed", "Some voters who have listened to his speeches", "speaker_appositive_cue")]),
    ("Residents who live near the plant, in interviews this week, said the air smelled.",
     [("the air smelled", "Residents who live near the plant", "speaker_appositive_cue")]),
    ("Parents who sent their children to the school, by a wide margin, say the rules are too strict.",
     [("the rules are too strict", "Parents who sent their children to the school", "speaker_appositive_cue")]),
    # not a name before the aside, nor the relative clause's next verb after its comma
    ("Maria Lopez, who runs the shelter, said the beds were full.",
     [("the beds were full", "Maria Lopez", "speaker_appositive_cue")]),
    ("The election of Smith—a man who has praised dictators, backed violence among supporters, threatened to"
     " jail his rival—has raised fears.",
     [("dictators, backed violence among supporters, threatened to jail his rival—has raised fears", "who",
       "speaker_cue")]),
    # (with "encouraged", a cue since the directive frame, the list's last verb reports one more act of the speaker)
    ("The election of Smith—a man who has praised dictators, encouraged violence among supporters, threatened to"
     " jail his rival—has raised fears.",
     [("dictators, encouraged violence among supporters", "who", "speaker_cue"),
      ("to jail his rival—has raised fears", "who", "coordinated_cue")]),
])
def test_an_aside_after_a_relative_clause_leaves_its_antecedent_the_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause set off by dashes may hold a quotation: the name before it still speaks after it
    ('The governor - who said the posts were "unhinged" - told reporters that the tweets were dangerous.',
     [('the posts were "unhinged"', "who", "speaker_cue"),
      ("that the tweets were dangerous", "The governor", "speaker_appositive_cue")]),
    ('Baker — who said he "strongly" denies the claim — says he left the firm on good terms.',
     [('he "strongly" denies the claim', "who", "speaker_cue"),
      ("he left the firm on good terms", "Baker", "speaker_appositive_cue")]),
    # not an aside of another kind with a quotation in it
    ('The ruling - a "victory," its backers said - angered the union.',
     [('The ruling - a "victory,"', "its backers", "content_speaker_cue")]),
])
def test_a_relative_clause_in_dashes_may_hold_a_quotation(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle phrase right after the source of "according to", with no comma, describes the source: it runs to
    # the comma or the sentence's end and is no content
    ("According to a survey released Monday, more than half of the households that use the service want cheaper"
     " plans.",
     [("more than half of the households that use the service want cheaper plans", "a survey", "according_to")]),
    ("According to a lawsuit filed in federal court in Denver on Tuesday, the baker was treated unfairly by the"
     " state.", [("the baker was treated unfairly by the state", "a lawsuit", "according_to")]),
    ("The incumbent is now well ahead of his challenger by seven points according to a state poll released Monday.",
     [("The incumbent is now well ahead of his challenger by seven points", "a state poll", "according_to")]),
    # after the content, what follows the phrase's comma is an aside, unless a conjunction opens a clause there
    ("The two partners intended to turn the site into a hotel called Lakeview, according to a lawsuit filed in"
     " Chicago by Maria Novak, a former partner of the firm.",
     [("The two partners intended to turn the site into a hotel called Lakeview", "a lawsuit", "according_to")]),
    ("Most of the residents supported the plan, according to a poll conducted in May, just before the vote was"
     " held.", [("Most of the residents supported the plan", "a poll", "according_to")]),
    # not a phrase holding a clause of its own
    ("According to a poll conducted a month before the army invaded, most voters backed the war.",
     [("conducted a month before the army invaded, most voters backed the war", "a poll", "according_to")]),
])
def test_a_participle_phrase_after_the_source_of_according_to_is_no_content(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past participle after a number, before a noun, modifies the noun ("pledged delegates", "confirmed cases"),
    # the number written with commas or after a preposition or a possessive
    ("Clinton leads Sanders by 271 pledged delegates.", []),
    ("She has 1,716 pledged delegates to his 1,473.", []),
    ("The state now has nearly 60,000 confirmed cases, officials said.",
     [("The state now has nearly 60,000 confirmed cases", "officials", "content_speaker_cue")]),
    ("The region holds a third of the country’s 143,055 confirmed cases.", []),
    # not a year after a preposition, which dates the verb
    ("Obama in 2008 pledged that taxes would fall.", [("that taxes would fall", "Obama", "speaker_cue")]),
])
def test_a_past_participle_after_a_number_modifies_the_noun_after_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun spelt as a verb or a cue, after an article or a possessive, inside the object of "familiar with"
    ("A person familiar with the planning for Thursday's meeting says the talks will focus on unity.",
     [("the talks will focus on unity", "A person familiar with the planning for Thursday's meeting",
       "speaker_cue")]),
    ("An official familiar with the planning said the summit would be delayed.",
     [("the summit would be delayed", "An official familiar with the planning", "speaker_cue")]),
])
def test_a_noun_spelt_as_a_verb_inside_what_an_anonymous_source_knows(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare verb after the singular object of a relative clause on a plural is the plural's verb, not a noun
    ("Supporters who attended the convention say they will vote for Stein.",
     [("they will vote for Stein", "Supporters who attended the convention", "speaker_cue")]),
    ("Many voters who came to protest this week's convention say they'll back a third party.",
     [("they'll back a third party", "Many voters who came to protest this week's convention", "speaker_cue")]),
])
def test_a_bare_verb_after_a_relative_clause_on_a_plural_is_its_verb(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two bare plural phrases joined by "and" after the content speak together, either of them modified
    ("Support is strong among younger members, teachers and union officials told the paper.",
     [("Support is strong among younger members", "teachers and union officials", "content_speaker_cue")]),
    ("The reasons are complex, party sources and analysts say.",
     [("The reasons are complex", "party sources and analysts", "content_speaker_cue")]),
    ("The deal is close, lawmakers and sources familiar with the negotiations said.",
     [("The deal is close", "lawmakers and sources familiar with the negotiations", "content_speaker_cue")]),
    # not a phrase with an article, which may be an object of its own
    ("The deal is close, lawmakers and the sources said.", []),
])
def test_two_bare_plural_phrases_joined_by_and_speak_together(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attribution set off by dashes inside the writer's sentence: its content is the quotation, not the words
    # before the first dash
    ('The two had dated for three years - "I really did love her," he said - before the split.',
     [('"I really did love her,"', "he", "content_speaker_cue")]),
    ('The governor backed the plan - "It is the right thing to do," Ms. Lee said twice - and signed it.',
     [('"It is the right thing to do,"', "Ms. Lee", "content_speaker_cue")]),
    # not without the closing dash: the words before are the speaker's too
    ('The two had dated for three years - "I really did love her," he said.',
     [('The two had dated for three years - "I really did love her,"', "he", "content_speaker_cue")]),
])
def test_an_attribution_set_off_by_dashes_quotes_its_quotation(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # content cut before a subordinate clause after its quoted words loses the word that leads the clause too
    ("McCarthy has said he is “not ready” to endorse Trump, even though he is the last one left.",
     [("he is “not ready” to endorse Trump", "McCarthy", "speaker_cue")]),
    ('Davis said the coin toss was "dishonorable," even though it was legal.',
     [('the coin toss was "dishonorable,"', "Davis", "speaker_cue")]),
])
def test_a_word_leading_a_cut_clause_is_cut_with_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "according to" with no comma before it, then a comma and a clause of its own: the words before are the content
    ("Unemployment rose in December for the first time since July according to new data, and economists expect"
     " more.", [("Unemployment rose in December for the first time since July", "new data", "according_to")]),
    ("Clinton leads Sanders by 271 delegates according to a count by The Associated Press, but he has vowed to"
     " stay in.", [("Clinton leads Sanders by 271 delegates", "a count by The Associated Press", "according_to"),
                   ("to stay in", "he", "speaker_cue")]),
])
def test_according_to_before_a_clause_of_its_own_vouches_for_the_words_before(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share written "N out of M" speaks as "N in M" does (the number is no time adjunct)
    ("Nine out of 10 say they will need new skills.",
     [("they will need new skills", "Nine out of 10", "speaker_cue")]),
    ("Seven out of 10 said their departments were not prepared.",
     [("their departments were not prepared", "Seven out of 10", "speaker_cue")]),
    ("Four in 10 say they will need new skills.", [("they will need new skills", "Four in 10", "speaker_cue")]),
])
def test_a_share_out_of_a_number_speaks(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name or a personal pronoun joined by "and" to a phrase with a determiner after the content speak together
    ("The manager pulled her arm during the rally, she and another reporter said.",
     [("The manager pulled her arm during the rally", "she and another reporter", "content_speaker_cue")]),
    ("The deal is dead, Smith and his lawyer said.",
     [("The deal is dead", "Smith and his lawyer", "content_speaker_cue")]),
    ("The deal is dead, Corey Lewandowski and two aides said.",
     [("The deal is dead", "Corey Lewandowski and two aides", "content_speaker_cue")]),
    ("In 1993, Hillary Clinton and her husband said the deal was dead.",
     [("the deal was dead", "Hillary Clinton and her husband", "speaker_cue")]),
    # ... also after a subordinating conjunction or a conjunction that opens the clause
    ("Though she and her campaign insist they planned a long battle, they have been challenged.",
     [("they planned a long battle", "she and her campaign", "speaker_cue")]),
    ("The vote failed, but Smith and his aides said the bill would return.",
     [("the bill would return", "Smith and his aides", "speaker_cue")]),
    # two names after an opening "While" speak together too
    ("While Bernie Sanders and Hillary Clinton promise to go even further, Republicans are wary.",
     [("to go even further", "Bernie Sanders and Hillary Clinton", "speaker_cue")]),
])
def test_a_name_or_pronoun_and_a_determined_phrase_speak_together(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare verb after a name or a personal pronoun and "and" with a singular phrase is the verb of the two
    ("Smith and his wife believe that the state is headed for a crisis.",
     [("that the state is headed for a crisis", "Smith and his wife", "speaker_cue")]),
    ("He and his wife claim the state is headed for a crisis.",
     [("the state is headed for a crisis", "He and his wife", "speaker_cue")]),
    ("Smith and a colleague argue that the state is headed for a crisis.",
     [("that the state is headed for a crisis", "Smith and a colleague", "speaker_cue")]),
    # not a noun after a possessive that no name or pronoun joins
    ("The bill would fund Medicare and his cybersecurity plan for the state.", []),
])
def test_a_bare_verb_after_two_subjects_joined_by_and_is_their_verb(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural with a preposition and a gerund's phrase before a bare verb and a clause speaks with that verb
    ("Opponents of raising the minimum wage argue that jobs will be lost.",
     [("that jobs will be lost", "Opponents of raising the minimum wage", "speaker_cue")]),
    ("Supporters of keeping the law believe that it works.",
     [("that it works", "Supporters of keeping the law", "speaker_cue")]),
    ("Many fans of watching the game claim it was fixed.",
     [("it was fixed", "Many fans of watching the game", "speaker_cue")]),
    # not a singular phrase before the bare form: a noun
    ("The cost of keeping the plan claim was high.", []),
])
def test_a_plural_before_a_gerund_phrase_speaks(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a belief with a subject of its own inside reported speech is that subject's, when a clause follows it
    ("Privately ministers believe this will be the less painful option, our correspondent added.",
     [("Privately ministers believe this will be the less painful option", "our correspondent",
       "content_speaker_cue"),
      ("this will be the less painful option", "ministers", "nested_speaker_cue")]),
    ("Smith said investigators believe the gunman acted alone.",
     [("investigators believe the gunman acted alone", "Smith", "speaker_cue"),
      ("the gunman acted alone", "investigators", "nested_speaker_cue")]),
    # not a participle before an infinitive or an object: no clause
    ("Police said the man believed to be the deputy was killed.",
     [("the man believed to be the deputy was killed", "Police", "speaker_cue")]),
])
def test_a_belief_nested_in_reported_speech_is_its_subjects(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb opening the sentence is no part of the speaker after it
    ("Meanwhile the organisers said the rally was peaceful.",
     [("the rally was peaceful", "the organisers", "speaker_cue")]),
    ("Certainly critics hope viewers are under the impression that Fox is suffering.",
     [("viewers are under the impression that Fox is suffering", "critics", "speaker_cue")]),
    # but an adverb of a quantity, a role's modifier or an ordinal is
    ("Virtually none doubt the need for new revenue.",
     [("the need for new revenue", "Virtually none", "speaker_cue")]),
    ("Likely voters said they want Republicans to win.",
     [("they want Republicans to win", "Likely voters", "speaker_cue")]),
    ("First responders said they found bodies on the floors.",
     [("they found bodies on the floors", "First responders", "speaker_cue")]),
])
def test_an_opening_adverb_is_no_part_of_the_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare verb after a plural subject ends the subject ("yearn", "scoff" are no nouns of the phrase)
    ("Many voters yearn for change and are not confident that Clinton understands them.",
     [("that Clinton understands them", "Many voters", "coordinated_subject")]),
    ("In Ohio, many Democrats and Republicans yearn for a comeback and are not confident that she understands them.",
     [("that she understands them", "many Democrats and Republicans", "coordinated_subject")]),
    ("Republicans scoff at the idea, pointing to the recovery of the economy.",
     [("the recovery of the economy", "Republicans", "participle_subject")]),
    # not a role, a document or a preposition after a plural modifier or a name
    ("A customs officer at the port said the ship was late.",
     [("the ship was late", "A customs officer at the port", "speaker_cue")]),
    ("According to my sources inside the campaign, Axelrod discussed the nuclear option.",
     [("Axelrod discussed the nuclear option", "my sources inside the campaign", "according_to")]),
    # a sentence adverb's preposition: "Alongside" opens an adjunct, no speaker
    ("Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose.",
     [("Clinton will have to choose", "a top GOP strategist", "speaker_cue")]),
])
def test_a_bare_verb_after_a_plural_ends_the_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a video's caption after its furniture: the speaker before the colon, the words quoted after it
    ("The bill passed.\n\nMedia playback is unsupported on your device Media caption Cruise ship passenger: "
     "'I received death threats for having coronavirus'\n\nThe president signed the bill.",
     [("'I received death threats for having coronavirus'", "Cruise ship passenger", "speaker_colon_quote")]),
    ("The bill passed.\n\nMedia playback is unsupported on your device Media caption President Trump on "
     "coronavirus: 'Stay calm. It'll go away'\n\nWhat is happening with the cruise ship?",
     [("'Stay calm. It'll go away'", "President Trump", "speaker_colon_quote")]),
    # not a link to another story, nor a caption whose words before the colon name no one
    ("The bill passed.\n\nWitness in Nice: 'Bodies flying like bowling pins'\n\nThe president signed the bill.", []),
    ("The bill passed.\n\nMedia playback is unsupported on your device Media caption Abu Dhabi murder: "
     "'Monster was lying in wait'\n\nThe president signed the bill.", []),
])
def test_a_video_caption_quotes_its_speaker(text, expected):
    assert attributions(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # after an object or a name, a dash and a subject with a cue of its own open a statement of its own
    ('Denmark called the bid "absurd" - he called that "nasty" and offensive to the US.',
     [('the bid "absurd"', "Denmark", "speaker_cue"), ('that "nasty" and offensive to the US', "he", "speaker_cue")]),
    ("Obama offered a mixed message in his address \u2013 he made clear he will sidestep Congress.",
     [("a mixed message in his address", "Obama", "speaker_cue"),
      ("he will sidestep Congress", "he", "speaker_cue")]),
    # not after a dash that closes an aside
    ('The player does not consider the game to be "real" any more than - for example - a tinkerer considers '
     "the car to be human.",
     [('the game to be "real" any more than - for example - a tinkerer considers the car to be human', "The player",
       "speaker_cue")]),
])
def test_a_dash_after_an_object_opens_a_statement_of_its_own(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Here" and a place open the sentence: the subject comes after them
    ('Here in Columbia, Sanders stepped up his emphasis on crime, saying, "We have got to act."',
     [('"We have got to act."', "Sanders", "participle_subject")]),
    ("Here in West Los Angeles, it's social suicide to suggest that our president has done anything right.", []),
    # not "Here is what ...": no place phrase
    ('Here is what he said: "We will win."', [('"We will win."', "he", "speaker_cue")]),
])
def test_here_and_a_place_open_the_sentence(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a role in lower case and a name after "told" are its addressee, before the clause told
    ("Gillibrand told host Chris Cuomo she believed that Clinton would release it.",
     [("she believed that Clinton would release it", "Gillibrand", "speaker_cue")]),
    ("Gillibrand told reporter Jane Smith that the plan would fail.",
     [("that the plan would fail", "Gillibrand", "speaker_cue")]),
])
def test_a_role_and_a_name_after_told_are_the_addressee(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue in its bare form after "and" goes on with an infinitive or a modal's verb phrase that the cue before it
    # reports: the content's second verb, quoted words or none
    ('The plan calls for a new "road map" to attack "bias" and demand that the rules be changed.',
     [('a new "road map" to attack "bias" and demand that the rules be changed', "The plan", "speaker_cue")]),
    ("The spokesman called on the mayor to delete the post and apologize.",
     [("the mayor to delete the post and apologize", "The spokesman", "speaker_cue")]),
    ("Orr said that his plan would extend payments for six months and acknowledge the hardship.",
     [("that his plan would extend payments for six months and acknowledge the hardship", "Orr", "speaker_cue")]),
    # ... not an infinitive cue of the speaker's own, a repeated cue, nor after punctuation
    ('Stone used his account to mock counsel Robert Mueller and dub the charges a "nothingburger."',
     [("counsel Robert Mueller", "Stone", "infinitive_subject"),
      ('the charges a "nothingburger."', "Stone", "coordinated_cue")]),
    ("Liberal groups say the president missed chances to act and say his rise in the polls is luck.",
     [("the president missed chances to act", "Liberal groups", "speaker_cue"),
      ("his rise in the polls is luck", "Liberal groups", "coordinated_cue")]),
    ("Critics blast a requirement to buy insurance, and warn the law will hurt businesses.",
     [("a requirement to buy insurance", "Critics", "speaker_cue"),
      ("the law will hurt businesses", "Critics", "coordinated_cue")]),
])
def test_a_bare_cue_after_and_goes_on_with_the_verb_phrase_reported(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # the phrase before the cue is the object of a preposition inside the subject's post-modifier: the subject speaks
    ("Advocacy groups for and against Kavanaugh planned to spend millions on ads.",
     "Advocacy groups for and against Kavanaugh"),
    ("A federal review of policing in Cleveland found that officers used too much force.",
     "A federal review of policing in Cleveland"),
    ("Democrats on Capitol Hill and in the administration insist they are not giving up.",
     "Democrats on Capitol Hill and in the administration"),
    # ... over a preposition that may open a clause too ("after") when the post-modifier opened with another one
    ("Lawyers for a woman charged with fraud after the harbour collapse are asking a judge to free her.",
     "Lawyers for a woman charged with fraud after the harbour collapse"),
    ("Schools across the state named after the former governor are considering new names.",
     "Schools across the state named after the former governor"),
    # ... not after a preposition that opens a clause, a verb of the sentence, or an opening adverb
    ("A political operative faces a battery charge in Nevada after witnesses say he grabbed a manager.", "witnesses"),
    ("A day after witnesses said he grabbed a manager, the operative was charged.", "witnesses"),
    ("The letter from the senator comes after the agency agreed to change the rules.", "the agency"),
    ("The violence in Libya stemmed from anger about an online film considered offensive to Islam.", "an online film"),
])
def test_the_subject_speaks_over_a_preposition_in_its_post_modifier(text, speaker):
    assert [mention for _content, mention, _rule in attributions(text)][:1] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # "As X put it" and an adjunct of up to fourteen words (an initial's point too) before the comma: the main clause
    # after it is what X said
    ("As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is \"providing a "
     "perspective you won't get.\"",
     [("RT is \"providing a perspective you won't get.\"", "Ms. Simonyan", "speaker_cue")]),
    ("As Luce points out in his excellent new short book The Retreat of Western Liberalism, there are real "
     "consequences to ignoring voters.",
     [("there are real consequences to ignoring voters", "Luce", "speaker_cue")]),
    # ... but a topic's phrase that long is what the cue is about, no adjunct
    ("As the world has worried about the rise of strongmen in places like Brazil and Hungary, the protests in "
     "Algeria offer a different story.",
     [("about the rise of strongmen in places like Brazil and Hungary", "the world", "speaker_cue")]),
])
def test_as_a_source_put_it_with_a_long_adjunct(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a directive cue ("encourage") reports an object and a to-infinitive after it
    ('He tweeted that she was "a con" and encouraged Americans to "check out" her tape.',
     [('that she was "a con"', "He", "speaker_cue"),
      ('Americans to "check out" her tape', "He", "coordinated_cue")]),
    ("Kemp has encouraged his voters at every rally to wear masks.",
     [("his voters at every rally to wear masks", "Kemp", "speaker_cue")]),
    # ... not a plain object, an adjective, nor a passive with an agent
    ("The government encouraged the growth of consumer credit.", []),
    ("It is an encouraging sign for the party.", []),
    ("She was encouraged by the response from governments in the region to join the fight.", []),
])
def test_a_directive_cue_needs_an_object_and_an_infinitive(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after an opening "According to X,", a belief or a decision coordinated with the clause is still X's account
    ("According to the farmer, he saw the boy running down the lane and thought he looked like a thief.",
     [("he saw the boy running down the lane and thought he looked like a thief", "the farmer", "according_to")]),
    ("But according to the union, managers ignored the warnings and decided not to close the plant.",
     [("managers ignored the warnings and decided not to close the plant", "the union", "according_to")]),
    # ... an act of speech there stays a row of its own
    ("According to the farmer, he saw the boy running down the lane and said he looked like a thief.",
     [("he saw the boy running down the lane", "the farmer", "according_to"),
      ("he looked like a thief", "the farmer", "coordinated_cue")]),
])
def test_an_opening_according_to_keeps_a_coordinated_belief_in_its_account(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a standalone word after a comma speaks alone: no appositive of the word before the comma
    ("Regarding Biden, many note that his campaign feels stale.",
     [("that his campaign feels stale", "many", "speaker_cue")]),
    ("Sure, one can argue that the plan failed.", [("that the plan failed", "one", "speaker_cue")]),
    ("Critics were harsh, with some suggesting that the host broke the law.",
     [("that the host broke the law", "some", "speaker_cue")]),
    # ... but a description after a name is the name's appositive
    ("Will Davies, senior fellow at the institute, told reporters it was over.",
     [("it was over", "Will Davies", "speaker_appositive_cue")]),
    # "Regarding" and "concerning" open a phrase before the subject
    ("Regarding the budget talks, Ms Hale said cuts would come.", [("cuts would come", "Ms Hale", "speaker_cue")]),
])
def test_a_standalone_word_after_a_comma_speaks_alone(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two adverbs joined by "and" or "or" before the cue belong to it; the subject before them speaks
    ("Using the radio, Ms Hale personally and repeatedly praised the new plan.",
     [("the new plan", "Ms Hale", "speaker_cue")]),
    ("Critics have publicly and privately claimed that the vote was rigged.",
     [("that the vote was rigged", "Critics", "speaker_cue")]),
    ("The mayor quickly or quietly denied the report.", [("the report", "The mayor", "speaker_cue")]),
    # ... not a verb phrase of the subject's own before "and"
    ("Ms Hale praised the plan and repeatedly said it was wise.",
     [("the plan", "Ms Hale", "speaker_cue"), ("it was wise", "Ms Hale", "coordinated_cue")]),
])
def test_two_adverbs_joined_before_the_cue_belong_to_it(text, expected):
    assert attributions(text) == expected


def test_the_source_of_according_to_is_no_name_an_aside_describes():
    text = ("According to the Associated Press, the troops left early, after the commander, Gen. Ann Bell, voiced "
            "concerns about the risk.")
    assert attributions(text) == [("the troops left early", "the Associated Press", "according_to"),
                                  ("concerns about the risk", "the commander, Gen. Ann Bell", "speaker_appositive_cue")]


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised modal opening a question is no part of the speaker before a bare verb
    ("Will Obama ask Congress for a delay?", [("Congress for a delay", "Obama", "speaker_cue")]),
    ("Can House Republicans defend the law when the president won't?",
     [("the law when the president won't", "House Republicans", "speaker_cue")]),
    # ... a name before a past form, or outside a question
    ("Will Hurd asked: is the plan dead?", [("is the plan dead", "Will Hurd", "speaker_cue")]),
    ("Will Hurd said the plan was dead.", [("the plan was dead", "Will Hurd", "speaker_cue")]),
])
def test_a_modal_opening_a_question_is_no_part_of_the_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "More than", "fewer than" or "at least" and a number open a quantity that speaks, as the subject of the sentence
    ("More than 90 economists have signed a letter calling for a new tax.",
     [("a new tax", "90 economists", "participle_subject")]),
    ("At least 40 mayors have launched a campaign to counter the cuts.",
     [("the cuts", "40 mayors", "infinitive_subject")]),
    # ... not a time ("Less than two weeks ago, ...")
    ("Less than two weeks ago, the lawyer stood before the judges and told them the case was weak.",
     [("the case was weak", "the lawyer", "coordinated_subject")]),
])
def test_a_quantity_opening_the_sentence_is_its_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an answer opening the sentence is no speaker ("Yes,", "Sure,")
    ("Yes, Gingrich was right to say that the debate was a mess.",
     [("that the debate was a mess", "Gingrich", "infinitive_subject")]),
    ("Sure, some critics have talked about a boycott.", [("a boycott", "some critics", "speaker_cue")]),
    # existential "there" or "here" is no speaker; before a colon, the phrase after "be" gives the quotation
    ('There are endless leaflets and other pages from the group that argue that "fences work, but do not stop '
     'everyone" and claim that their main purpose is to keep people safe.', []),
    ('There was this headline in the Daily Post: "Voters embrace the mayor."',
     [('"Voters embrace the mayor."', "this headline", "speaker_colon_quote")]),
])
def test_an_answer_or_there_opening_the_sentence_is_no_speaker(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an irregular past form and a particle or preposition after a name is the sentence's verb, no part of its subject
    ("Ms Hale hit back at the senator, saying the claims were false.",
     [("the claims were false", "Ms Hale", "participle_subject")]),
    ("Ms Hale rose to the top of the race, telling voters she was ready.",
     [("she was ready", "Ms Hale", "participle_subject")]),
    ("Ms Hale teed up her speech at the rally, saying the party was united.",
     [("the party was united", "Ms Hale", "participle_subject")]),
    # ... not a participle with its agent
    ("The panel set up by Congress said the plan was dead.",
     [("the plan was dead", "The panel set up by Congress", "speaker_cue")]),
])
def test_an_irregular_past_after_a_name_ends_the_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whom a participle or a coordinated verb of telling addresses is no content: a phrase with a determiner or a name
    ("Ms Hale defended the plan, telling the senator the opinion was sound.",
     [("the plan", "Ms Hale", "speaker_cue"), ("the opinion was sound", "Ms Hale", "participle_cue")]),
    ("Ms Hale rallied the base, telling a crowd in Leeds last year that she did not vote.",
     [("that she did not vote", "Ms Hale", "participle_subject")]),
    ("Mr Cole spoke in Ohio and told the Daily Post that the bill had come from a student.",
     [("that the bill had come from a student", "Mr Cole", "coordinated_subject")]),
    ("The mayor spoke briefly and told Ann Marsh he would support her.",
     [("he would support her", "The mayor", "coordinated_subject")]),
    # ... not what the addressee is told to do, a story told, or a clause whose subject follows the cue
    ('The mayor spoke briefly and told those councillors to "go after me" instead.',
     [('those councillors to "go after me" instead', "The mayor", "coordinated_subject")]),
    ("She wept, telling the story of how she survived.",
     [("the story of how she survived", "She", "participle_subject")]),
])
def test_whom_a_participle_of_telling_addresses_is_no_content(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cue of saying or writing followed only by where, when or in what medium it was said reports no words
    ("Colvin reported from Washington.", []),
    ("Experts have said in the past.", []),
    ("Ann Hale, writing in the Daily Telegraph, called it a failure.",
     [("it a failure", "Ann Hale", "speaker_appositive_cue")]),
    ("Mike Hart, reporting from Berlin, said the mood was grim.",
     [("the mood was grim", "Mike Hart", "speaker_appositive_cue")]),
    # ... but "on" may open what was said
    ("Ms Hale, commenting on her own ambitions, said she would run.",
     [("on her own ambitions", "Ms Hale", "participle_subject"), ("she would run", "Ms Hale", "speaker_appositive_cue")]),
])
def test_a_cue_with_only_its_place_or_medium_after_it_reports_nothing(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after a comma hangs on the clause just before it: after ", but" or ", and" with a subject of its own,
    # that clause's subject speaks
    ("The committee invited the mayor to its hearings, but his counsel Ann Hale declined, calling the inquiry biased.",
     [("the inquiry biased", "his counsel Ann Hale", "participle_subject")]),
    ("The states sued to stop the rule, and Judge Hale sided with them, finding that they had suffered harm.",
     [("that they had suffered harm", "Judge Hale", "participle_subject")]),
    # ... not the subject of a subordinate clause
    ("Mr Cole attacked the plan after the debate ended, calling it a fraud.",
     [("the plan after the debate ended", "Mr Cole", "speaker_cue"), ("it a fraud", "Mr Cole", "participle_cue")]),
])
def test_a_participle_after_a_comma_speaks_for_the_clause_before_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "thereafter" is a time word, and "a dozen" a number: neither is the speaker's head
    ("Shortly thereafter, the council issued a memo warning officials that the plan was unlawful.",
     [("officials that the plan was unlawful", "the council", "participle_subject")]),
    ("Ms Hale thereafter told the committee that the plan had failed.",
     [("that the plan had failed", "Ms Hale", "speaker_cue")]),
    ("More than a dozen aides spent hours with the group, promising them common ground.",
     [("them common ground", "a dozen aides", "participle_subject")]),
])
def test_thereafter_and_a_dozen_are_no_speaker_heads(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation closed by its comma, question or exclamation mark and then a speaker with a cue that takes an
    # object ("demanded", "urged"): the quotation is what was demanded or urged
    ('"Why is the bank not too big to manage?" Mr Cole demanded.',
     [('"Why is the bank not too big to manage?"', "Mr Cole", "content_speaker_cue")]),
    ('"More officers meet the standards," Ms Hale urged on Tuesday.',
     [('"More officers meet the standards,"', "Ms Hale", "content_speaker_cue")]),
    ('"You are defending the wrong people," Mr Cole pushed back from the podium.',
     [('"You are defending the wrong people,"', "Mr Cole", "content_speaker_cue")]),
    # ... not a quoted phrase inside the writer's words before the cue
    ('Dubbed the "Growth Project," the report urges the party to become more open.',
     [("the party to become more open", "the report", "speaker_cue")]),
])
def test_a_quotation_before_a_cue_of_demanding_is_what_was_demanded(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "whom" opens a relative clause in commas as "who" does: the phrase before it speaks
    ("Mr Cole, whom critics have attacked for his language, said the plan was dead.",
     [("for his language", "critics", "speaker_cue"), ("the plan was dead", "Mr Cole", "speaker_appositive_cue")]),
    # a quotation that closed the sentence before goes to the closing speaker after the clause's own attributions
    ('"Can you imagine?" Mr Cole, whose aides have criticized the plan, said in Leeds.',
     [('"Can you imagine?"', "Mr Cole", "content_speaker_appositive_cue"), ("the plan", "aides", "speaker_cue")]),
    # a name after a cue of saying that closes the clause speaks, before a phrase that only ends with a name
    ("Cole lacks support from his colleagues in Congress, who dislike his rhetoric, said Ann Hale, a historian.",
     [("Cole lacks support from his colleagues in Congress, who dislike his rhetoric", "Ann Hale",
       "content_cue_speaker")]),
    # ... but a day after the cue is no name
    ("The damage could have been worse, a police official, who asked not to be named, said Sunday.",
     [("The damage could have been worse", "a police official", "content_speaker_appositive_cue")]),
])
def test_a_relative_clause_in_commas_leaves_the_speaker_outside_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day after a cue is no inverted speaker, and no content before the clause it dates
    ("Mr Cole, speaking with a radio host, maintained Tuesday that the mayor did not know.",
     [("that the mayor did not know", "Mr Cole", "speaker_appositive_cue")]),
    ("Ms Hale met the judge and said Friday that many people are afraid.",
     [("that many people are afraid", "Ms Hale", "coordinated_subject")]),
    ("Ms Hale met the judge, adding later that the case was weak.",
     [("that the case was weak", "Ms Hale", "participle_subject")]),
    # ... but a time before a finite verb is the reported clause's subject
    ("Mr Cole predicted Thursday will be a sad day.", [("Thursday will be a sad day", "Mr Cole", "speaker_cue")]),
    ("Mr Cole said last week was difficult.", [("last week was difficult", "Mr Cole", "speaker_cue")]),
])
def test_a_day_after_a_cue_dates_it(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare noun of manner after "according to" is how something went, no source
    ("The attack did not quite go according to plan.", []),
    ("A trial cannot begin until the chamber receives the charges, according to precedent.", []),
    # ... but a plan with its article is a document that speaks
    ("According to the plan, the troops will leave in May.",
     [("the troops will leave in May", "the plan", "according_to")]),
])
def test_according_to_plan_names_no_source(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a request for comment reports nothing, as the answer to one does
    ("The press office didn't return an email seeking comment.", []),
    ("The office did not return messages requesting comment on the report.", []),
    ("We asked the minister for comment.", []),
    # ... but a request for something else is one
    ("The senator is seeking a new vote.", [("a new vote", "The senator", "speaker_cue")]),
])
def test_a_request_for_comment_reports_nothing(text, expected):
    assert attributions(text) == expected
