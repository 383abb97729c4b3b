using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Actions;

public sealed record AtomFeedRequest : IActionFeedQuery
{
    [FromQuery(Name = "instrument"), Description(ActionFeedParameterText.Instrument)]
    public string? Instrument { get; init; }

    [FromQuery(Name = "state"), Description(ActionFeedParameterText.State)]
    public string? State { get; init; }

    [FromQuery(Name = "kind"), SchemaEnum<ActionKind>, Description(ActionFeedParameterText.Kind)]
    public string? Kind { get; init; }

    [FromQuery(Name = "since"), Description("Only actions recorded in the dataset on or after this date (YYYY-MM-DD).")]
    public string? Since { get; init; }

    [FromQuery(Name = "limit"), SchemaInteger(1, ActionFeedEndpoints.MaxLimit, ActionFeedEndpoints.DefaultLimit), Description("Entries per page, 1 to 1000; 100 by default.")]
    public string? Limit { get; init; }

    [FromQuery(Name = "cursor"), SchemaMaxLength(200), Description("The opaque cursor from a previous page's `next` link (the same cursor as the JSON feed's).")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "lang"), Description("Language of titles, summaries and names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }
}

public sealed class AtomFeedRequestValidator : AbstractValidator<AtomFeedRequest>
{
    public AtomFeedRequestValidator(TimeProvider time)
    {
        Include(new ActionFeedQueryValidator(time));
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

/// <summary>
/// The change feed as an Atom feed (RFC 4287) for feed readers and chat integrations: the same actions, filters, order
/// and cursor as <c>GET /v1/actions</c>, one entry per action, written by System.ServiceModel.Syndication's Atom 1.0
/// formatter rather than by hand, so that escaping, dates and element order follow the RFC.
/// </summary>
public static class AtomFeedEndpoints
{
    public const string Path = "/v1/actions.atom";

    /// <summary>
    /// The authority and date of every id in the feed (RFC 4151 tag URIs). An id must never change once a reader has
    /// seen it, whatever host serves the feed, so it is not a URL of this service.
    /// </summary>
    public const string TagPrefix = "tag:ratification-api,2026:";

    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup(string.Empty).WithTags("Change feed").WithParameterValidation()
            .MapGet(Path, GetAtomFeed)
            .WithName("getActionsAtom")
            .WithSummary("The change feed as an Atom feed")
            .WithDescription("The change feed (`GET /v1/actions`) as an Atom 1.0 feed (RFC 4287) for feed readers. Without `cursor` it is the subscription document (RFC 5005): the newest `limit` actions of the selection, newest first, which is what a reader polls; its `first` link starts the whole feed in the JSON feed's order, paged with the same cursor and `next` links as `GET /v1/actions`, each page linking back to the subscription document as `current`. The same filters (instrument, state, kind, since); one entry per action with a stable `tag:` id, the State's widget as its `alternate` link and its JSON record as `related`, a title and summary in the language asked (`lang`, else Accept-Language), the sources that are URLs as `via` links, and `updated` from the date the action was recorded. Pages are linked with `next`, `first` and `current` (RFC 5005), `self`, and `alternate` (the JSON page).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <summary>
    /// The Atom feed of the same page: the filters and paging of <paramref name="query"/>. A JSON page without a cursor is
    /// the feed's first page, which in Atom is the page after <see cref="FeedCursor.Start"/> (without a cursor, Atom
    /// gives the subscription document, the newest actions).
    /// </summary>
    internal static string LinkTo(IActionFeedQuery query) => WithQuery(Path, query, lang: null, query.Cursor ?? FeedCursor.Start.Encode());

    internal static Results<AtomFeedResult, ProblemHttpResult> GetAtomFeed(
        [AsParameters] AtomFeedRequest request,
        HttpContext context,
        Catalog catalog)
    {
        if (ActionFeedEndpoints.Select(request, catalog) is not { } selection)
        {
            return ActionFeedEndpoints.NotFound(request, catalog);
        }

        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var snapshot = catalog.Snapshot;
        // Without a cursor, the subscription document (RFC 5005): the newest actions, newest first, which is what a feed
        // reader shows and polls. With one, an archive page of the whole feed in the JSON feed's order, from `first`.
        var subscription = request.Cursor is null;
        var (rows, next) = subscription ? (ActionFeedEndpoints.Newest(snapshot, selection), null) : ActionFeedEndpoints.Read(snapshot, selection);
        var httpRequest = context.Request;
        var self = $"{httpRequest.PathBase}{httpRequest.Path}{httpRequest.QueryString}";
        var feed = new SyndicationFeed
        {
            Id = FeedId(selection, lang),
            Title = new TextSyndicationContent(FeedTitle(selection, catalog, lang)),
            Description = new TextSyndicationContent(UiText.Get("subtitle", lang)),
            Language = lang,
            Generator = "RatificationApi",
            // An empty page is as current as the data: its newest action.
            LastUpdatedTime = Updated(rows.Count > 0 ? rows.Max(r => r.Recorded)! : snapshot.Feed.LastOrDefault()?.Recorded),
            Items = [.. rows.Select(row => Entry(row, catalog, lang))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = "RatificationApi" });
        feed.Links.Add(Link(self, "self", AtomFeedResult.MediaType));
        feed.Links.Add(Link(WithQuery(ActionFeedEndpoints.Path, request, lang: null), "alternate", "application/json"));
        feed.Links.Add(Link(WithQuery(Path, request with { Cursor = FeedCursor.Start.Encode() }, request.Lang), "first", AtomFeedResult.MediaType));
        if (!subscription)
        {
            feed.Links.Add(Link(WithQuery(Path, request with { Cursor = null }, request.Lang), "current", AtomFeedResult.MediaType));
        }

        if (next is { } cursor)
        {
            feed.Links.Add(Link(ActionFeedEndpoints.NextLink(httpRequest, cursor), "next", AtomFeedResult.MediaType));
        }

        return new AtomFeedResult(feed);
    }

    private static SyndicationItem Entry(ActionDbRow row, Catalog catalog, string lang)
    {
        var instrument = catalog.FindInstrument(row.Instrument)!;
        var participant = catalog.FindParticipant(row.Participant)!;
        var name = participant.Names[lang].Name;
        var act = UiText.Get($"act_{row.Kind}", lang);
        var sources = SourceList.Split(row.Source);
        var item = new SyndicationItem
        {
            Id = $"{TagPrefix}action:{row.FeedId}",
            Title = new TextSyndicationContent(UiText.Format("atom_entry_title", lang, name, act, instrument.ShortNameIn(lang) ?? instrument.ShortName)),
            Summary = new TextSyndicationContent(UiText.Format(
                "atom_entry_summary", lang, name, act, instrument.Titles[lang], row.Date ?? UiText.Get("date_unknown", lang), string.Join(" ; ", sources))),
            LastUpdatedTime = Updated(row.Recorded),
        };
        // A feed reader opens the alternate: the State's widget, a page a person reads; programs follow the JSON record.
        item.Links.Add(Link($"/widgets/states/{Uri.EscapeDataString(participant.Id)}?lang={lang}", "alternate", "text/html"));
        item.Links.Add(Link(
            $"/v1/instruments/{Uri.EscapeDataString(row.Instrument)}/participants/{Uri.EscapeDataString(participant.Id)}?lang={lang}",
            "related",
            "application/json"));
        foreach (var source in sources)
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                item.Links.Add(new SyndicationLink(url) { RelationshipType = "via" });
            }
        }

        item.Categories.Add(new SyndicationCategory(row.Kind, $"{TagPrefix}kind", act));
        item.Categories.Add(new SyndicationCategory(row.Instrument, $"{TagPrefix}instrument", instrument.ShortNameIn(lang) ?? instrument.ShortName));
        return item;
    }

    // One id per selection and language: every page of a feed shares it (RFC 5005), and another filter is another feed.
    private static string FeedId(FeedSelection selection, string lang)
    {
        var parts = new List<string> { $"lang={lang}" };
        AddPart(parts, "instrument", selection.Instrument);
        AddPart(parts, "state", selection.Participant);
        AddPart(parts, "kind", selection.Kind);
        AddPart(parts, "since", selection.Since);
        return $"{TagPrefix}actions?{string.Join('&', parts)}";

        static void AddPart(List<string> parts, string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }

    private static string FeedTitle(FeedSelection selection, Catalog catalog, string lang)
    {
        var title = new StringBuilder(UiText.Get("atom_feed_title", lang));
        if (selection.Instrument is not null)
        {
            var instrument = catalog.FindInstrument(selection.Instrument)!;
            title.Append(" — ").Append(instrument.ShortNameIn(lang) ?? instrument.ShortName);
        }

        if (selection.Participant is not null)
        {
            title.Append(" — ").Append(catalog.FindParticipant(selection.Participant)!.Names[lang].Name);
        }

        if (selection.Kind is not null)
        {
            title.Append(" — ").Append(UiText.Get($"act_{selection.Kind}", lang));
        }

        return title.ToString();
    }

    // Atom dates are instants; the dataset records days: the start of the day, UTC.
    private static DateTimeOffset Updated(string? recorded) =>
        Dates.Day(recorded) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    private static SyndicationLink Link(string href, string rel, string mediaType) =>
        new(new Uri(href, UriKind.Relative), rel, null, mediaType, 0);

    private static string WithQuery(string path, IActionFeedQuery query, string? lang, string? cursor = null)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        Add("instrument", query.Instrument);
        Add("state", query.State);
        Add("kind", query.Kind);
        Add("since", query.Since);
        Add("limit", query.Limit);
        Add("cursor", cursor ?? query.Cursor);
        Add("lang", lang);
        return QueryHelpers.AddQueryString(path, parameters);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parameters.Add(new(name, value));
            }
        }
    }
}

/// <summary>An Atom feed document, written as UTF-8 with the response metadata for the OpenAPI document and the Accept check.</summary>
public sealed class AtomFeedResult : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/atom+xml";

    /// <summary>The Content-Type sent, which the metadata (so the OpenAPI document and the Accept check) names too, charset included.</summary>
    public const string ContentType = $"{MediaType}; charset=utf-8";

    private readonly SyndicationFeed _feed;

    internal AtomFeedResult(SyndicationFeed feed) => _feed = feed;

    /// <summary>The document's bytes: the same feed always gives the same bytes, so its ETag is stable across replicas.</summary>
    internal byte[] Bytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            new Atom10FeedFormatter(_feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Bytes();
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentType]));
    }
}
