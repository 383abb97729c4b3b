using System.Globalization;
using System.Text.RegularExpressions;
using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>One statement a document records, with its author and target mapped where possible.</summary>
/// <remarks>
/// <para><c>Occasion</c>: The action it was made upon, where a heading says so or the section's "unless otherwise indicated" rule applies.</para>
/// <para><c>Date</c>: The date line above it (a later communication); null when the document gives none.</para>
/// <para><c>Heading</c>: The depositary's sub-heading(s) the kind and occasion were read from, as written.</para>
/// <para><c>TargetName</c>, <c>TargetId</c>: For an objection, the participant whose statement it concerns, as the heading names it.</para>
/// <para><c>Text</c>: The paragraphs as written, markup removed, one per line.</para>
/// </remarks>
internal sealed record ImportedStatement(
    string Name,
    string? ParticipantId,
    StatementKind Kind,
    ActionKind? Occasion,
    DateOnly? Date,
    string Heading,
    string? TargetName,
    string? TargetId,
    string Text,
    string Notes);

/// <summary>
/// Turns the Declarations, Objections and TerritorialApplications of a document into statements. The kind and the
/// occasion come only from the depositary's own sub-headings ("Reservation:", "Upon signature:", "Declaration made upon
/// signature and confirmed upon ratification:") and from the section's rule that statements were made upon the
/// participant's consent "unless otherwise indicated"; nothing is judged from the wording of the text itself.
/// </summary>
internal static partial class ImportedStatements
{
    private static readonly Dictionary<string, ActionKind> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["signature"] = ActionKind.Signature,
        ["ratification"] = ActionKind.Ratification,
        ["accession"] = ActionKind.Accession,
        ["succession"] = ActionKind.Succession,
        ["acceptance"] = ActionKind.Acceptance,
        ["approval"] = ActionKind.Approval,
        ["formal confirmation"] = ActionKind.FormalConfirmation,
    };

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // The depositary also writes French month names in its date lines (IV-11-c: "4 Octobre 2002").
    private static readonly string[] FrenchMonths =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>The statements in document order, and the problems found (date lines that are not dates, targets that map to no participant).</summary>
    public static (List<ImportedStatement> Statements, List<string> Problems) From(MtdsgDocument document, ParticipantNameMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mapper);
        var problems = new List<string>();
        var statements = new List<ImportedStatement>();
        var consents = ConsentKinds(document, mapper);
        var declarationDefault = DefaultOccasions(document.DeclarationsNote);
        var objectionDefault = DefaultOccasions(document.ObjectionsNote);

        foreach (var entry in document.Declarations)
        {
            statements.AddRange(Declarations(entry, mapper, OccasionRule(entry, mapper, consents, declarationDefault), problems));
        }

        foreach (var entry in document.Objections)
        {
            statements.AddRange(Objections(entry, mapper, OccasionRule(entry, mapper, consents, objectionDefault), problems));
        }

        foreach (var application in document.TerritorialApplications)
        {
            var date = ParseDate(application.Date, application.Participant, problems);
            statements.Add(new ImportedStatement(
                application.Participant, mapper.Map(application.Participant), StatementKind.TerritorialApplication, null, date, string.Empty,
                null, null, application.Territories, NoteOnFootnotes(application.Footnotes)));
        }

        return (statements, problems);
    }

    /// <summary>A heading that says a kind, e.g. "Reservations:", "Declaration made upon signature and confirmed upon ratification:".</summary>
    internal static (StatementKind Kind, ActionKind? Occasion)? KindHeading(string text, bool strict)
    {
        var match = (strict ? StrictKindHeading() : KindHeadingPattern()).Match(text);
        if (!match.Success)
        {
            return null;
        }

        var words = KindWord().Matches(match.Groups["kinds"].Value).Select(m => m.Value.ToLowerInvariant()).ToList();
        var reservation = words.Exists(w => w.StartsWith("reservation", StringComparison.Ordinal));
        var declaration = words.Exists(w => !w.StartsWith("reservation", StringComparison.Ordinal));
        var kind = (reservation, declaration) switch
        {
            (true, true) => StatementKind.ReservationAndDeclaration,
            (true, false) => StatementKind.Reservation,
            _ => StatementKind.Declaration,
        };
        var occasion = UponPattern().Match(match.Groups["rest"].Value) is { Success: true } upon ? OccasionOf(upon.Groups["occasion"].Value) : (ActionKind?)null;
        return (kind, occasion);
    }

    /// <summary>A heading that says only the occasion of what follows: "Upon signature:".</summary>
    internal static ActionKind? OccasionHeading(string text) =>
        OccasionOnly().Match(text) is { Success: true } m ? OccasionOf(m.Groups["occasion"].Value) : null;

    /// <summary>
    /// The names an objection's heading says it concerns: "With regard to the reservations made by Fiji upon accession and
    /// Lesotho upon ratification:" names Fiji and Lesotho, but "… made by Trinidad and Tobago …" one State. Null when the
    /// text is not such a heading; empty when it names no one.
    /// </summary>
    internal static IReadOnlyList<string>? ObjectionTargets(string text, ParticipantNameMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        if (!ObjectionHeading().IsMatch(text))
        {
            return null;
        }

        var by = TargetsAfterBy().Match(text);
        if (!by.Success)
        {
            return [];
        }

        // Names may hold parentheses ("Micronesia (Federated States of)") and "and" ("Trinidad and Tobago"), so each name
        // is the longest run of words that maps to a participant; another may follow after "and".
        var rest = MtdsgText.CollapseWhitespace(UponPattern().Replace(by.Groups["names"].Value, " "));
        var names = new List<string>();
        while (LongestName(CleanName(rest), mapper) is { } name)
        {
            names.Add(name);
            rest = CleanName(rest)[name.Length..].TrimStart(' ', ',');
            if (!rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            rest = rest[4..];
        }

        // A name no participant has is returned as written up to any remark, for the importer to report.
        return names.Count > 0 ? names : [CleanName(Remark().Replace(by.Groups["names"].Value, string.Empty).Split(',')[0])];
    }

    private static string? LongestName(string text, ParticipantNameMapper mapper)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length; count > 0; count--)
        {
            var candidate = string.Join(' ', words[..count]);
            if (mapper.Map(candidate.TrimEnd(',', ':', ' ')) is not null)
            {
                return candidate.TrimEnd(',', ':', ' ');
            }
        }

        return null;
    }

    /// <summary>A date line: "4 Octobre 2002", "12 August 2003*", "14 July1994"; null when it is none.</summary>
    internal static DateOnly? ParseDateLine(string text)
    {
        var match = DateLine().Match(ParticipantNameMapper.Key(text));
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["month"].Value.TrimEnd('.');
        var month = Array.FindIndex(Months, m => m.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3) + 1;
        month = month > 0 ? month : Array.FindIndex(FrenchMonths, m => m.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static List<ImportedStatement> Declarations(Statement entry, ParticipantNameMapper mapper, Func<ActionKind?, DateOnly?, ActionKind?> occasionRule, List<string> problems)
    {
        var id = mapper.Map(entry.Participant);
        var result = new List<ImportedStatement>();
        ActionKind? runningOccasion = null;
        var occasionHeading = string.Empty;
        DateOnly? date = null;
        Draft? draft = null;

        void Flush()
        {
            if (draft is { } d && (d.Lines.Count > 0 || d.Kind is not null))
            {
                result.Add(new ImportedStatement(
                    entry.Participant, id, d.Kind ?? StatementKind.Unclassified, occasionRule(d.Occasion, d.Date), d.Date, d.Heading, null, null,
                    string.Join("\n", d.Lines), string.Empty));
            }

            draft = null;
        }

        foreach (var text in entry.Texts)
        {
            if (text.Role == StatementTextRole.Date)
            {
                Flush();
                date = ParseDate(text.Text, entry.Participant, problems);
                runningOccasion = null;
                occasionHeading = string.Empty;
            }
            else if (text.Role == StatementTextRole.Title && OccasionHeading(text.Text) is { } occasion)
            {
                Flush();
                runningOccasion = occasion;
                occasionHeading = text.Text;
            }
            else if (KindHeading(text.Text, strict: text.Role != StatementTextRole.Title) is { } heading)
            {
                if (draft is { Lines.Count: 0, Kind: not null })
                {
                    // A heading with nothing under it before the next one heads what follows ("Declarations and
                    // reservations made upon signature and confirmed upon ratification:" over "Declarations:").
                    occasionHeading = draft.Heading;
                    draft = null;
                }

                Flush();
                if (heading.Occasion is { } own)
                {
                    runningOccasion = own;
                    occasionHeading = string.Empty;
                }

                draft = new Draft(heading.Kind, runningOccasion, date, Join(occasionHeading, text.Text));
            }
            else
            {
                draft ??= new Draft(null, runningOccasion, date, occasionHeading);
                draft.Lines.Add(text.Text);
            }
        }

        Flush();
        if (result.Count == 0)
        {
            // An entry with nothing under it: the depositary keeps the name, and its text (or its withdrawal) is in the end notes.
            result.Add(new ImportedStatement(
                entry.Participant, id, StatementKind.Unclassified, null, null, string.Empty, null, null, string.Empty,
                entry.Footnotes.Count > 0
                    ? $"the entry has no text in the section; see end note(s) {string.Join(", ", entry.Footnotes)} of the file"
                    : "the entry has no text in the section"));
        }

        return result;
    }

    private static List<ImportedStatement> Objections(Statement entry, ParticipantNameMapper mapper, Func<ActionKind?, DateOnly?, ActionKind?> occasionRule, List<string> problems)
    {
        var id = mapper.Map(entry.Participant);
        var result = new List<ImportedStatement>();
        DateOnly? date = null;
        Draft? draft = null;
        IReadOnlyList<string> targets = [];

        void Flush()
        {
            if (draft is { } d && (d.Lines.Count > 0 || d.Heading.Length > 0))
            {
                var named = targets.Select(t => (Name: t, Id: mapper.Map(t))).ToList();
                foreach (var (name, _) in named.Where(t => t.Id is null))
                {
                    problems.Add($"{entry.Participant}: the objection heading '{d.Heading}' names '{name}', which maps to no participant (add it to the aliases of participants.csv).");
                }

                var notes = named.Count > 1 ? $"one objection to the statements of {string.Join(" and ", named.Select(t => t.Id ?? t.Name))}; one row per participant it concerns" : string.Empty;
                var rows = named.Count > 0 ? named.Select(t => ((string?)t.Name, t.Id)).ToList() : [(null, null)];
                foreach (var (name, targetId) in rows)
                {
                    result.Add(new ImportedStatement(
                        entry.Participant, id, StatementKind.Objection, occasionRule(null, d.Date), d.Date, d.Heading, name, targetId,
                        string.Join("\n", d.Lines), notes));
                }
            }

            draft = null;
            targets = [];
        }

        foreach (var text in entry.Texts)
        {
            if (text.Role == StatementTextRole.Date)
            {
                Flush();
                date = ParseDate(text.Text, entry.Participant, problems);
            }
            else if (text.Role == StatementTextRole.Title && ObjectionTargets(text.Text, mapper) is { } named)
            {
                // Two headings in a row concern one text; a heading after text starts the next objection.
                if (draft is { Lines.Count: > 0 })
                {
                    Flush();
                }

                draft = draft is null ? new Draft(StatementKind.Objection, null, date, text.Text) : draft with { Heading = Join(draft.Heading, text.Text) };
                targets = [.. targets, .. named];
            }
            else
            {
                draft ??= new Draft(StatementKind.Objection, null, date, string.Empty);
                draft.Lines.Add(text.Text);
            }
        }

        Flush();
        return result;
    }

    // The occasion a heading gives wins; a dated statement is a later communication; otherwise the section's rule
    // ("unless otherwise indicated, … made upon ratification, accession or succession") names the participant's consent.
    private static Func<ActionKind?, DateOnly?, ActionKind?> OccasionRule(
        Statement entry, ParticipantNameMapper mapper, Dictionary<string, ActionKind> consents, IReadOnlySet<ActionKind> sectionDefault) =>
        (stated, date) =>
        {
            if (stated is not null || date is not null)
            {
                return stated;
            }

            return mapper.Map(entry.Participant) is { } id && consents.TryGetValue(id, out var consent) && sectionDefault.Contains(consent) ? consent : null;
        };

    /// <summary>The kinds a section's note says statements were made upon unless otherwise indicated; empty when it says none.</summary>
    internal static IReadOnlySet<ActionKind> DefaultOccasions(string note)
    {
        var match = DefaultRule().Match(note);
        return match.Success
            ? OccasionWord().Matches(match.Groups["list"].Value).Select(m => OccasionOf(m.Value)).ToHashSet()
            : new HashSet<ActionKind>();
    }

    // Each participant's one consent in the document (not bracketed); a participant with none or several has no default.
    private static Dictionary<string, ActionKind> ConsentKinds(MtdsgDocument document, ParticipantNameMapper mapper)
    {
        var consents = new Dictionary<string, ActionKind>(StringComparer.Ordinal);
        foreach (var row in document.Rows)
        {
            var kinds = row.Cells.Zip(document.Columns)
                .Where(p => p.First is { Bracketed: false, Kind: { } k } && k.IsConsent() && p.Second.Role == ColumnRole.Consent)
                .Select(p => p.First!.Kind!.Value)
                .ToList();
            if (kinds.Count == 1 && mapper.Map(row.Name) is { } id)
            {
                consents[id] = kinds[0];
            }
        }

        return consents;
    }

    private static DateOnly? ParseDate(string text, string participant, List<string> problems)
    {
        var date = ParseDateLine(text);
        if (date is null && text.Length > 0)
        {
            problems.Add($"{participant}: the date line '{text}' is not a date (D Month YYYY); the statement is recorded undated.");
        }

        return date;
    }

    private static ActionKind OccasionOf(string word) => Occasions[MtdsgText.CollapseWhitespace(word)];

    private static string NoteOnFootnotes(IReadOnlyList<string> footnotes) =>
        footnotes.Count > 0 ? $"see end note(s) {string.Join(", ", footnotes)} of the file" : string.Empty;

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a} {b}";

    // "the Libyan Arab Jamahiriya", "teh United Arab Emirates" (IV-11-c), "the Government of Oman".
    private static string CleanName(string name)
    {
        var clean = LeadingArticle().Replace(name.Trim().TrimEnd(':', ' ', '.'), string.Empty);
        return clean.Trim();
    }

    private sealed record Draft(StatementKind? Kind, ActionKind? Occasion, DateOnly? Date, string Heading)
    {
        public List<string> Lines { get; } = [];
    }

    private const string KindWords = @"(?:reservations?|declarations?|understandings?|interpretative\s+declarations?)";

    private const string OccasionWords = @"(?<occasion>signature|ratification|accession|succession|acceptance|approval|formal\s+confirmation)";

    [GeneratedRegex(@"^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:general\s+|partial\s+)?(?<kinds>" + KindWords + @"(?:\s*(?:,|and)\s*" + KindWords + @")*)\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex KindHeadingPattern();

    // For a paragraph (not a sub-heading) only the bare forms count: "Declaration:", "Declaration and reservation:".
    [GeneratedRegex(@"^\s*(?<kinds>" + KindWords + @"(?:\s*(?:,|and)\s*" + KindWords + @")*)(?<rest>(?:\s+(?:made\s+)?upon\s+\w+(?:\s+\w+)?)?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StrictKindHeading();

    [GeneratedRegex(@"reservations?|declarations?|understandings?", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"\bupon\s+" + OccasionWords, RegexOptions.IgnoreCase)]
    private static partial Regex UponPattern();

    [GeneratedRegex(@"^\s*upon\s+" + OccasionWords + @"\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OccasionOnly();

    [GeneratedRegex(@"^\s*(?:with\s+regards?\s+to|objections?\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectionHeading();

    [GeneratedRegex(@"\bby\s+(?<names>[^:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetsAfterBy();

    [GeneratedRegex(@"\s*(?:\bupon\b.*|\(.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Remark();

    [GeneratedRegex(@"^(?:(?:the|teh)\s+)?(?:government\s+of\s+(?:the\s+)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"made\s+upon\s+(?<list>[^.)]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultRule();

    [GeneratedRegex(@"signature|ratification|accession|succession|acceptance|approval|formal\s+confirmation", RegexOptions.IgnoreCase)]
    private static partial Regex OccasionWord();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s*(?<month>[a-z]{3,}\.?)\s*(?<year>\d{4})\s*\**$")]
    private static partial Regex DateLine();
}
