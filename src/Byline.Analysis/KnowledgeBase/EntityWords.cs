using System.Collections.Frozen;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>The context words of <c>entity-words.yaml</c> (titles, organisation and place heads…), as span lookups.</summary>
internal sealed class EntityWords
{
    private static readonly Lazy<EntityWords> Instance = new(Load);

    public static EntityWords Default => Instance.Value;

    public required WordSet Titles { get; init; }
    public required WordSet PersonCues { get; init; }

    /// <summary>index, average: a market index's noun after its name ("the Varno index").</summary>
    public required WordSet IndexNouns { get; init; }

    /// <summary>newspaper, agency, unit…: a body's noun in lower case right after its name ("the Kessler newspaper").</summary>
    public required WordSet OrganisationNounsAfter { get; init; }

    /// <summary>news: a word that may stand between a body's name and its noun ("Tarvo news agency").</summary>
    public required WordSet OrganisationNounModifiers { get; init; }

    /// <summary>centre, flanker, left-back…: a player's position opening a sentence before the player's name.</summary>
    public required WordSet PositionOpeners { get; init; }

    /// <summary>Lower-case nouns right before a name that say it is an organisation's ("cement firm Acme Allied").</summary>
    public required WordSet OrganisationCues { get; init; }
    public required WordSet OrganisationHeads { get; init; }
    public required WordSet OrganisationStarts { get; init; }

    /// <summary>Ltd, plc, AG, Inc.…: a company's legal form, written after its name (and an organisation head too).</summary>
    public required WordSet LegalForms { get; init; }

    /// <summary>PT, OAO, AB…: a company's legal form written before its name (and an organisation start too).</summary>
    public required WordSet LegalFormsBefore { get; init; }

    /// <summary>Toyota, Fiat, Volvo…: makers of cars and motorcycles, whose name before a model's names the model.</summary>
    public required WordSet VehicleMakers { get; init; }

    /// <summary>Motor, Racing…: words after a maker's name that name the firm or its team, not a model.</summary>
    public required WordSet VehicleMakerUnits { get; init; }
    public required WordSet PlaceHeads { get; init; }
    public required WordSet PlaceStarts { get; init; }
    public required WordSet MiscHeads { get; init; }
    public required WordSet MiscStarts { get; init; }
    public required WordSet Connectors { get; init; }
    public required WordSet NotNames { get; init; }
    public required WordSet PoliticalVerbs { get; init; }
    public required WordSet PlacePrepositions { get; init; }

    /// <summary>near: a name of several words after it that only its shape types is a place.</summary>
    public required WordSet NearnessPrepositions { get; init; }

    /// <summary>a, and, of, the…: the only lower-case words of a title-case headline.</summary>
    public required WordSet TitleCaseLowerWords { get; init; }

    /// <summary>town, village, province…: a name before the noun or after "noun of" is a place.</summary>
    public required WordSet PlaceNouns { get; init; }

    /// <summary>Nouns of a body named after its leader ("the Varga regime"): <c>leader-bodies</c>.</summary>
    public required WordSet LeaderBodies { get; init; }

    /// <summary>Sports prose: "Surrey captain", "Durham beat", "beat Durham".</summary>
    public required WordSet TeamRoles { get; init; }
    public required WordSet ResultVerbs { get; init; }
    public required WordSet TeamWordsBefore { get; init; }

    /// <summary>"der" in "Van der Westhuizen", and a capitalised "Van" before a surname.</summary>
    public required WordSet SurnameParticles { get; init; }

    /// <summary>Acronyms readers know without a definition (CEO, IED); BYL0010 leaves them alone.</summary>
    public required WordSet KnownAcronyms { get; init; }

    /// <summary>GDP, CEO, PCT…: acronyms of common nouns and the wire's units, no names on their own.</summary>
    public required WordSet CommonNounAcronyms { get; init; }

    /// <summary>Division, Conference: named by a compass point in a standings heading ("EASTERN DIVISION").</summary>
    public required WordSet LeagueDivisions { get; init; }

    /// <summary>League: a competition's head word after one of <see cref="CompetitionLeagueOpeners"/>.</summary>
    public required WordSet CompetitionLeagues { get; init; }

    /// <summary>American, Major, Premier, Rugby…: before "League", a competition's name, not a body's ("Premier League").</summary>
    public required WordSet CompetitionLeagueOpeners { get; init; }

    /// <summary>North, Greater, New…: open a place name without making it another place.</summary>
    public required WordSet Directions { get; init; }

    /// <summary>University, College, Hospital…: end an institution's name, which takes in the title-like words before them ("General Hospital").</summary>
    public required WordSet InstitutionHeads { get; init; }

    /// <summary>and, in, on, the: end a run of capitalised words when they come first.</summary>
    public required WordSet RunEndingConnectors { get; init; }

    /// <summary>Connectors that join a body's remit ("Securities and Exchange Commission"): <c>remit-connectors</c>.</summary>
    public required WordSet RemitConnectors { get; init; }

    /// <summary>Connectors that join capitalised ordinary words into one name ("Missionaries of Charity"): <c>name-of-connectors</c>.</summary>
    public required WordSet NameOfConnectors { get; init; }

    /// <summary>al, el: the Arabic article joined to a surname ("al-Assad").</summary>
    public required WordSet ArticlePrefixes { get; init; }

    /// <summary>Republican, Catholic, Socialist…: a group of people like a nationality (MISC), not an organisation.</summary>
    public required WordSet GroupAdjectives { get; init; }

    /// <summary>C$, HK$, US$…: the letters of a currency sign, which name no country.</summary>
    public required WordSet CurrencyPrefixes { get; init; }

    /// <summary>ISO 4217 currency codes ("SEK", "EUR"): the currency beside an amount.</summary>
    public required WordSet CurrencyCodes { get; init; }

    /// <summary>the: the article English puts before the names of teams, firms, works and events but not of people.</summary>
    public required WordSet DefiniteArticles { get; init; }

    /// <summary>el, la, le, o…: other languages' definite articles, which open the names of papers and clubs, not of people.</summary>
    public required WordSet NameOpeningArticles { get; init; }

    /// <summary>b, c, lbw, st: a cricket scorecard's dismissals, each followed by a player's name.</summary>
    public required WordSet ScorecardDismissals { get; init; }

    /// <summary>"not out", "run out": how a batsman's innings ended, written after the name on a scorecard's line.</summary>
    public required WordSet ScorecardInningsEnds { get; init; }

    /// <summary>st, nd, rd, th: the letters of an ordinal after its digits ("15th").</summary>
    public required WordSet OrdinalSuffixes { get; init; }

    /// <summary>died, married, smiled…: verbs only a person is the subject of.</summary>
    public required WordSet PersonVerbs { get; init; }

    /// <summary>was, had, later…: words that may stand between a subject and one of <see cref="PersonVerbs"/>.</summary>
    public required WordSet PersonVerbAuxiliaries { get; init; }

    /// <summary>on, of, where…: words after a place noun that end a predicate naming its subject a place.</summary>
    public required WordSet PlacePredicateFollowers { get; init; }

    /// <summary>is, was: the copula of a predicate that may call its subject a place.</summary>
    public required WordSet PlacePredicateCopulas { get; init; }

    /// <summary>a, an, the: the article after <see cref="PlacePredicateCopulas"/>.</summary>
    public required WordSet PlacePredicateArticles { get; init; }

    /// <summary>v, vs, versus: the word between the two sides of a fixture.</summary>
    public required WordSet FixtureWords { get; init; }

    /// <summary>side, club, leaders…: a noun for a side right before the side's name.</summary>
    public required WordSet SideNouns { get; init; }

    /// <summary>aggregate, halftime: words only a match between two sides is reported with.</summary>
    public required WordSet TeamMatchWords { get; init; }

    /// <summary>beat, drew, won…: the verbs either side of which a side stands in such a report.</summary>
    public required WordSet TeamMatchVerbs { get; init; }

    /// <summary>cricket, soccer, rugby…: the sports whose sides are called by their town, as a wire headline opens with them ("CRICKET - …"), lower case.</summary>
    public required WordSet TownSideSports { get; init; }

    /// <summary>Open, Cup, Prix…: the last word of a competition's or festival's name.</summary>
    public required WordSet EventHeads { get; init; }

    /// <summary>Grand: an ordinary word that opens an event's head word and belongs to it ("Grand Prix").</summary>
    public required WordSet EventHeadOpeners { get; init; }

    /// <summary>Open, Cup, Tour…: a competition's head word that alone, capitalised inside a sentence, stands for the competition ("the Open").</summary>
    public required WordSet LoneEventHeads { get; init; }

    /// <summary>Common first names (generated list): a capitalised word that opens a person's name.</summary>
    public required WordSet GivenNames { get; init; }

    /// <summary>First names the knowledge base also holds as a place or a people ("Nelson", "Mary"; generated list), left out of <see cref="GivenNames"/>.</summary>
    public required WordSet KnownGivenNames { get; init; }

    /// <summary>Jan, Aug, Sept…: the months' abbreviations without their period (some are given names too: "Jan").</summary>
    public required WordSet MonthAbbreviations { get; init; }

    private static EntityWords Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load entity words and given names");
        var root = Read("entity-words");
        IEnumerable<string> List(string key) => EmbeddedData.Strings(root, key);
        WordSet Set(string key) => new(List(key));
        var given = Read("given-names");
        return new EntityWords
        {
            Titles = new(List("titles").Concat(AbbreviatedTitles())),
            PersonCues = Set("person-cues"), PositionOpeners = Set("position-openers"), IndexNouns = Set("index-nouns"),
            OrganisationNounsAfter = Set("organisation-nouns-after"), OrganisationNounModifiers = Set("organisation-noun-modifiers"), OrganisationCues = Set("organisation-cues"),
            OrganisationHeads = new(List("organisation-heads").Concat(List("legal-forms"))),
            LegalForms = Set("legal-forms"),
            OrganisationStarts = new(List("organisation-starts").Concat(List("legal-forms-before"))),
            LegalFormsBefore = Set("legal-forms-before"),
            VehicleMakers = Set("vehicle-makers"), VehicleMakerUnits = Set("vehicle-maker-units"),
            PlaceHeads = Set("place-heads"), PlaceStarts = Set("place-starts"),
            MiscHeads = Set("misc-heads"), MiscStarts = Set("misc-starts"),
            Connectors = Set("connectors"),
            NotNames = new(List("not-names").Concat(CalendarWords()).Concat(Abbreviations.UndottedTitles)),
            Directions = Set("directions"), InstitutionHeads = Set("institution-heads"),
            RunEndingConnectors = Set("run-ending-connectors"),
            RemitConnectors = Set("remit-connectors"), NameOfConnectors = Set("name-of-connectors"),
            ArticlePrefixes = Set("article-prefixes"),
            PoliticalVerbs = Set("political-verbs"),
            PlacePrepositions = Set("place-prepositions"),
            NearnessPrepositions = Set("nearness-prepositions"),
            PlaceNouns = Set("place-nouns"),
            LeaderBodies = Set("leader-bodies"),
            TitleCaseLowerWords = Set("title-case-lower-words"),
            KnownAcronyms = new(List("known-acronyms").Concat(List("common-noun-acronyms"))),
            CommonNounAcronyms = Set("common-noun-acronyms"),
            LeagueDivisions = Set("league-divisions"),
            CompetitionLeagues = Set("competition-leagues"), CompetitionLeagueOpeners = Set("competition-league-openers"),
            TeamRoles = Set("team-roles"), ResultVerbs = Set("result-verbs"),
            TeamWordsBefore = Set("team-words-before"),
            SurnameParticles = Set("surname-particles"),
            GroupAdjectives = Set("group-adjectives"),
            EventHeads = Set("event-heads"),
            EventHeadOpeners = Set("event-head-openers"), LoneEventHeads = Set("lone-event-heads"),
            FixtureWords = Set("fixture-words"), TownSideSports = Set("town-side-sports"), SideNouns = Set("side-nouns"),
            TeamMatchWords = Set("team-match-words"), TeamMatchVerbs = Set("team-match-verbs"),
            PersonVerbs = Set("person-verbs"),
            PlacePredicateFollowers = Set("place-predicate-followers"),
            PlacePredicateCopulas = Set("place-predicate-copulas"),
            PlacePredicateArticles = Set("place-predicate-articles"),
            PersonVerbAuxiliaries = Set("person-verb-auxiliaries"),
            ScorecardDismissals = Set("scorecard-dismissals"),
            ScorecardInningsEnds = Set("scorecard-innings-ends"),
            OrdinalSuffixes = Set("ordinal-suffixes"),
            DefiniteArticles = Set("definite-articles"),
            NameOpeningArticles = Set("name-opening-articles"),
            CurrencyPrefixes = Set("currency-prefixes"),
            CurrencyCodes = Set("currency-codes"),
            GivenNames = new(EmbeddedData.Strings(given, "given-names")),
            KnownGivenNames = new(EmbeddedData.Strings(given, "known-given-names")),
            MonthAbbreviations = new(Calendar.Default.MonthAbbreviations),
        };
    }

    /// <summary>The person titles of the shared abbreviation list, with their period ("Gen.") and, where British style drops it, without ("Mr").</summary>
    private static IEnumerable<string> AbbreviatedTitles() =>
        Abbreviations.PersonTitles.Select(title => title + ".").Concat(Abbreviations.UndottedTitles);

    /// <summary>Months and weekdays, and month abbreviations with and without their period: capitalised, but no names.</summary>
    private static IEnumerable<string> CalendarWords()
    {
        var calendar = Calendar.Default;
        return calendar.Months.Concat(calendar.Weekdays).Concat(calendar.MonthAbbreviations)
            .Concat(calendar.MonthAbbreviations.Select(abbreviation => abbreviation + "."));
    }

    private static Dictionary<string, object?> Read(string file) => EmbeddedData.Values($"Byline.Analysis.KnowledgeBase.{file}.yaml");
}

/// <summary>A frozen set of words looked up by span, so the scanner allocates no string per word.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The words themselves, for the rare rule that reads a list rather than asks about one word.</summary>
    public FrozenSet<string> Items => _lookup.Set;
}
