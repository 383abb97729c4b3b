using System.ComponentModel;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Actions;

/// <summary>A page of the change feed.</summary>
/// <param name="DataVersion">The version of the data the page was read from.</param>
/// <param name="Since">The <c>since</c> filter applied, if any.</param>
/// <param name="Limit">The page size.</param>
/// <param name="Count">Actions on this page.</param>
/// <param name="Items">The actions, ordered by <c>recorded</c>, then <c>id</c>.</param>
/// <param name="Next">The URL of the next page, or null on the last page. Keep it: it is also where to resume later. It is a relative reference of the absolute-path kind (RFC 3986, section 4.2: a path and a query, no scheme or host), such as <c>/v1/actions?limit=100&amp;cursor=...</c>: resolve it against the scheme, host and port of the URL that returned this page (<c>new Uri(pageUrl, next)</c> in .NET, <c>new URL(next, pageUrl)</c> in JavaScript). It repeats this page's filters and <c>limit</c>, with <c>cursor</c> moved on.</param>
/// <param name="Cursor">The opaque cursor of the next page, or null on the last page: the same value as the <c>cursor</c> query parameter of the <c>next</c> link. To get the next page, pass it back as the <c>cursor</c> query parameter of <c>GET /v1/actions</c> with the same filters and <c>limit</c>; keep it to resume later. Do not parse it: its form may change.</param>
/// <param name="Atom">The same page as an Atom feed (RFC 4287), for feed readers: <c>GET /v1/actions.atom</c> with the same filters.</param>
public sealed record ActionPageContract(string DataVersion, DateOnly? Since, int Limit, int Count, IReadOnlyList<FeedActionContract> Items, string? Next, string? Cursor, string Atom);

/// <summary>One treaty action in the feed.</summary>
/// <param name="Id">A stable id: instrument, participant and kind (numbered when a kind repeats). A corrected date keeps the id.</param>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="State">The participant's code.</param>
/// <param name="Kind">signature, ratification, accession, succession, acceptance, approval, formal_confirmation, consent or denunciation.</param>
/// <param name="Date">YYYY-MM-DD; YYYY-MM or YYYY when only that is known; null when unknown.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="ReservationsOrDeclarations"><c>yes</c>, <c>no</c> or <c>unknown</c>.</param>
/// <param name="Basis"><c>depositary</c>, <c>secondary</c> or <c>inferred</c>.</param>
/// <param name="Recorded">The date the action entered (or last changed in) this dataset.</param>
/// <param name="Sources">Where it comes from.</param>
public sealed record FeedActionContract(
    string Id, string Instrument, string State, ActionKind Kind, string? Date, DatePrecision DatePrecision, Recorded ReservationsOrDeclarations, Basis Basis, DateOnly Recorded, IReadOnlyList<string> Sources);

/// <summary>The descriptions of the filters both feeds take, so that the document says the same of each.</summary>
internal static class ActionFeedParameterText
{
    public const string Instrument = "Only actions under this instrument (id or MTDSG number).";
    public const string State = "Only actions of this participant (ISO 3166-1 alpha-3 or alpha-2, or EU).";
    public const string Kind = "Only actions of this kind: signature, ratification, accession, succession, acceptance, approval, formal_confirmation, consent or denunciation.";
}

/// <summary>The filters and the paging that the JSON (and CSV) feed and the Atom feed share, with the same rules.</summary>
public interface IActionFeedQuery
{
    string? Instrument { get; }
    string? State { get; }
    string? Kind { get; }
    string? Since { get; }
    string? Limit { get; }
    string? Cursor { get; }
}

public sealed record ActionFeedRequest : IActionFeedQuery
{
    [FromQuery(Name = "instrument"), Description(ActionFeedParameterText.Instrument)]
    public string? Instrument { get; init; }

    [FromQuery(Name = "state"), Description(ActionFeedParameterText.State)]
    public string? State { get; init; }

    [FromQuery(Name = "kind"), SchemaEnum<ActionKind>, Description(ActionFeedParameterText.Kind)]
    public string? Kind { get; init; }

    [FromQuery(Name = "since"), Description("Only actions recorded in the dataset on or after this date (YYYY-MM-DD): what changed since you last looked.")]
    public string? Since { get; init; }

    [FromQuery(Name = "limit"), SchemaInteger(1, ActionFeedEndpoints.MaxLimit, ActionFeedEndpoints.DefaultLimit), Description("Page size, 1 to 1000; 100 by default.")]
    public string? Limit { get; init; }

    [FromQuery(Name = "cursor"), SchemaMaxLength(200), Description("The opaque cursor of the page to read: the `cursor` field of the previous page (the same value its `next` link carries). Without it, the first page.")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "format"), Description("Response format: json (default) or csv. Accept: text/csv also selects CSV.")]
    public string? Format { get; init; }
}

public sealed class ActionFeedRequestValidator : AbstractValidator<ActionFeedRequest>
{
    public ActionFeedRequestValidator(TimeProvider time)
    {
        Include(new ActionFeedQueryValidator(time));
        RuleFor(r => r.Format).ValidFormat();
    }
}

/// <summary>The rules of the filters and paging, one set for every rendering of the feed, so that each gets the same problems.</summary>
internal sealed class ActionFeedQueryValidator : AbstractValidator<IActionFeedQuery>
{
    public ActionFeedQueryValidator(TimeProvider time)
    {
        RuleFor(r => r.Instrument!).ValidInstrumentId().When(r => r.Instrument is not null).OverridePropertyName("instrument")
            .WithMessage("'instrument' must be an instrument id such as 'cedaw' or an MTDSG number such as 'IV-8'.");
        RuleFor(r => r.State!).ValidStateCode().When(r => r.State is not null).OverridePropertyName("state")
            .WithMessage("'state' must be an ISO 3166-1 alpha-3 or alpha-2 code of two or three letters, such as FRA or FR (EU for the European Union).");
        RuleFor(r => r.Kind).Must(k => k is null || WireName.TryParse<ActionKind>(k, out _))
            .WithMessage((_, k) => $"'kind' must be one of: {string.Join(", ", WireName.All<ActionKind>())} (got '{k}').")
            .OverridePropertyName("kind");
        RuleFor(r => r.Since).ValidPastDate("since", time);
        RuleFor(r => r.Limit).Must(l => l is null || (int.TryParse(l, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= ActionFeedEndpoints.MaxLimit))
            .WithMessage((_, l) => $"'limit' must be a whole number from 1 to {ActionFeedEndpoints.MaxLimit} (got '{l}').")
            .OverridePropertyName("limit");
        RuleFor(r => r.Cursor).Must(c => c is null || FeedCursor.TryDecode(c, out _))
            .WithMessage("'cursor' is not a cursor this API issued; use the `next` link of a previous page, or start without one.")
            .OverridePropertyName("cursor");
    }
}

/// <summary>Where a page ends: the sort key of its last action, opaque to clients.</summary>
public readonly record struct FeedCursor(string Recorded, string Id)
{
    private const string Prefix = "v1|";

    /// <summary>The cursor before every action: the first page of the whole feed, whatever was recorded when.</summary>
    public static FeedCursor Start { get; } = new("0001-01-01", "0");

    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Prefix}{Recorded}|{Id}"));

    public static bool TryDecode(string text, out FeedCursor cursor)
    {
        cursor = default;
        if (text.Length is 0 or > 200)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text)).Split('|');
            if (parts is not ["v1", var recorded, var id] || !Dates.TryParseDay(recorded, out _) || id.Length == 0)
            {
                return false;
            }

            cursor = new FeedCursor(recorded, id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

public static class ActionFeedEndpoints
{
    public const int MaxLimit = 1000;

    public const string Path = "/v1/actions";

    private static readonly string[] CsvHeader = ["id", "instrument", "state", "kind", "date", "date_precision", "reservations_or_declarations", "basis", "recorded", "sources"];
    public const int DefaultLimit = 100;

    public static RouteGroupBuilder MapActionFeed(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Change feed").WithParameterValidation();

        group.MapGet("/", ListActions)
            .WithName("listActions")
            .WithSummary("List every treaty action (the change feed)")
            .WithDescription("Every treaty action in a stable order (the date it entered the dataset, then a stable id), filterable by instrument, State, kind and `since` (recorded on or after a date), a page at a time. Follow `next` until it is null, or pass each page's `cursor` back as the `cursor` parameter until it is null (the same pages); keep the last one to resume later: a page never repeats or skips an action. JSON, or CSV with `format=csv` or `Accept: text/csv` (the next page's URL is then in the `Link` header).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new ResponseHeaderMetadata(
                StatusCodes.Status200OK,
                Microsoft.Net.Http.Headers.HeaderNames.Link,
                "RFC 8288 links. JSON: the Atom feed of the same page, `<...>; rel=\"alternate\"; type=\"application/atom+xml\"`. "
                + "CSV: the next page, `<...>; rel=\"next\"` (its cursor as in `next`), absent on the last page."));

        routes.MapAtomFeed();
        return group;
    }

    internal static Results<Ok<ActionPageContract>, CsvResult, ProblemHttpResult> ListActions(
        [AsParameters] ActionFeedRequest request,
        HttpContext context,
        Catalog catalog)
    {
        if (Select(request, catalog) is not { } selection)
        {
            return NotFound(request, catalog);
        }

        var snapshot = catalog.Snapshot;
        var (rows, nextCursor) = Read(snapshot, selection);
        var page = rows.Select(ToContract).ToList();
        // One encoding for the field and the link, so that a client may page by either and get the same pages.
        var cursor = nextCursor?.Encode();
        var next = cursor is null ? null : NextLink(context.Request, cursor);
        var atom = AtomFeedEndpoints.LinkTo(request);
        var result = new ActionPageContract(snapshot.DataVersion, Dates.TryParseDay(request.Since, out var since) ? since : null, selection.Limit, page.Count, page, next, cursor, atom);
        if (!ResponseFormat.WantsCsv(request.Format, context))
        {
            // The Atom feed of the same page, for feed readers. The CSV's Link stays as its clients read it: `next` alone.
            context.Response.Headers.Link = $"<{atom}>; rel=\"alternate\"; type=\"{AtomFeedResult.MediaType}\"";
            return TypedResults.Ok(result);
        }

        if (next is not null)
        {
            context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return new CsvResult("actions.csv", csv =>
        {
            CsvResult.WriteHeader(csv, CsvHeader);
            foreach (var a in page)
            {
                csv.WriteField(a.Id);
                csv.WriteField(a.Instrument);
                csv.WriteField(a.State);
                csv.WriteField(a.Kind.ToName());
                csv.WriteField(a.Date);
                csv.WriteField(a.DatePrecision.ToName());
                csv.WriteField(a.ReservationsOrDeclarations.ToName());
                csv.WriteField(a.Basis.ToName());
                csv.WriteField(Dates.Iso(a.Recorded));
                csv.WriteField(string.Join(" ; ", a.Sources));
                csv.NextRecord();
            }
        });
    }

    /// <summary>The filters resolved against the catalog, or null when an instrument or State is not in it (then <see cref="NotFound"/> says which).</summary>
    internal static FeedSelection? Select(IActionFeedQuery request, Catalog catalog)
    {
        string? instrument = null;
        if (request.Instrument is not null)
        {
            if (catalog.FindInstrument(request.Instrument) is not { } found)
            {
                return null;
            }

            instrument = found.Id;
        }

        string? participant = null;
        if (request.State is not null)
        {
            if (catalog.FindParticipant(request.State) is not { } found)
            {
                return null;
            }

            participant = found.Id;
        }

        var limit = request.Limit is null ? DefaultLimit : int.Parse(request.Limit, System.Globalization.CultureInfo.InvariantCulture);
        FeedCursor? after = request.Cursor is not null && FeedCursor.TryDecode(request.Cursor, out var cursor) ? cursor : null;
        return new FeedSelection(instrument, participant, request.Kind, request.Since, after, limit);
    }

    /// <summary>The problem for a query <see cref="Select"/> could not resolve: the instrument first, as the feed has always checked it first.</summary>
    internal static ProblemHttpResult NotFound(IActionFeedQuery request, Catalog catalog) =>
        request.Instrument is not null && catalog.FindInstrument(request.Instrument) is null
            ? NotFoundProblems.Instrument(request.Instrument, catalog)
            : Problems.NotFound("State not found", $"No participant has the ISO 3166-1 code '{request.State}'; GET /v1/states lists them.");

    /// <summary>A page of the selection, and the cursor of the next page when there is one.</summary>
    internal static (List<ActionDbRow> Rows, FeedCursor? Next) Read(StatusSnapshot snapshot, FeedSelection selection)
    {
        // One row more than the page shows tells whether there is a next page.
        var rows = Page(snapshot.Feed, selection.Instrument, selection.Participant, selection.Kind, selection.Since, selection.After, selection.Limit + 1);
        if (rows.Count <= selection.Limit)
        {
            return (rows, null);
        }

        var last = rows[selection.Limit - 1];
        rows.RemoveAt(selection.Limit);
        return (rows, new FeedCursor(last.Recorded, last.FeedId));
    }

    /// <summary>The newest actions of the selection (as many as its limit), newest first.</summary>
    internal static List<ActionDbRow> Newest(StatusSnapshot snapshot, FeedSelection selection)
    {
        var feed = snapshot.Feed;
        var stop = selection.Since is null ? 0 : FirstAfter(feed, selection.Since, null);
        var rows = new List<ActionDbRow>();
        for (var index = feed.Length - 1; index >= stop && rows.Count < selection.Limit; index--)
        {
            var action = feed[index];
            if ((selection.Instrument is null || action.Instrument == selection.Instrument)
                && (selection.Participant is null || action.Participant == selection.Participant)
                && (selection.Kind is null || action.Kind == selection.Kind))
            {
                rows.Add(action);
            }
        }

        return rows;
    }

    /// <summary>
    /// Keyset pagination over the feed's order, (recorded, id): up to <paramref name="limit"/> actions after the cursor
    /// that match every filter, so that pages never overlap or skip. Text compares by ordinal, as SQLite compares it.
    /// </summary>
    internal static List<ActionDbRow> Page(
        ActionDbRow[] feed, string? instrument, string? participant, string? kind, string? since, FeedCursor? after, int limit)
    {
        var start = since is null ? 0 : FirstAfter(feed, since, null);
        if (after is { } cursor)
        {
            start = Math.Max(start, FirstAfter(feed, cursor.Recorded, cursor.Id));
        }

        var rows = new List<ActionDbRow>();
        for (var index = start; index < feed.Length && rows.Count < limit; index++)
        {
            var action = feed[index];
            if ((instrument is null || action.Instrument == instrument)
                && (participant is null || action.Participant == participant)
                && (kind is null || action.Kind == kind))
            {
                rows.Add(action);
            }
        }

        return rows;
    }

    // The first index whose (recorded, id) comes after the cursor's; without an id, the first recorded on or after the date.
    private static int FirstAfter(ActionDbRow[] feed, string recorded, string? id)
    {
        var (low, high) = (0, feed.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(feed[middle].Recorded, recorded);
            var past = id is null ? order >= 0 : order > 0 || (order == 0 && string.CompareOrdinal(feed[middle].FeedId, id) > 0);
            (low, high) = past ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    private static FeedActionContract ToContract(ActionDbRow row) => new(
        row.FeedId,
        row.Instrument,
        row.Participant,
        WireName.Parse<ActionKind>(row.Kind),
        row.Date,
        WireName.Parse<DatePrecision>(row.DatePrecision),
        WireName.Parse<Recorded>(row.Reservations),
        WireName.Parse<Basis>(row.Basis),
        Dates.Day(row.Recorded)!.Value,
        SourceList.Split(row.Source));

    // The next page repeats every filter of this one, with the cursor moved on.
    internal static string NextLink(HttpRequest request, FeedCursor cursor) => NextLink(request, cursor.Encode());

    private static string NextLink(HttpRequest request, string cursor)
    {
        var query = request.Query
            .Where(p => p.Key != "cursor")
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"))
            .Append($"cursor={cursor}");
        return $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}

/// <summary>The feed's filters resolved to the catalog's ids, and where the page starts.</summary>
internal readonly record struct FeedSelection(string? Instrument, string? Participant, string? Kind, string? Since, FeedCursor? After, int Limit);
