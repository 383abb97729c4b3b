using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Widgets;

/// <summary>HTML widgets and SVG badges for other sites to embed, and the page that hands out their code.</summary>
public static class WidgetEndpoints
{
    public static RouteGroupBuilder MapWidgets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).WithTags("Widgets and badges").WithParameterValidation();

        group.MapGet("/widgets/states/{code}", GetStateWidget)
            .WithName("getStateWidget")
            .WithSummary("Get a State's status widget (HTML, for an iframe)")
            .WithDescription("An HTML page made to sit in an <iframe> on any site: the State's name and, for each instrument, its status in words, colour and an icon (party since when and by which act, signatory since when, not a party), each linking to the instrument in this API. In six languages (Arabic right to left), light or dark, compact or not, for all five instruments or a subset. It states the date of the data and the date through which each instrument's depositary records are complete. No script, nothing loaded from elsewhere; framable by any site (its own Content-Security-Policy with `frame-ancestors *`, no X-Frame-Options). Cached like every answer: a strong ETag (If-None-Match gets 304), public for up to five minutes and never past midnight UTC, Brotli or gzip when accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/widgets/instruments/{id}", GetInstrumentWidget)
            .WithName("getInstrumentWidget")
            .WithSummary("Get an instrument's widget (HTML, for an iframe)")
            .WithDescription("An HTML page made to sit in an <iframe> on any site: the instrument's counts of parties and signatories, the share of UN Member States that are parties, and (unless compact) its growth over time as an inline SVG chart. Six languages, light or dark. No script, nothing loaded from elsewhere; framable by any site. Cached like every answer: a strong ETag (If-None-Match gets 304), public for up to five minutes and never past midnight UTC, Brotli or gzip when accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/badges/{id}/{code}.svg", GetBadge)
            .WithName("getStatusBadge")
            .WithSummary("Get a status badge (SVG)")
            .WithDescription("A small two-part SVG badge for an <img>: the instrument's short name and the State's status in the language asked for, e.g. \"CEDAW | party since 1983\". The short name is in the language asked for where a source gives one (data/instrument-short-names.csv); else it is the English one, marked as English (lang=\"en\"). Sized for its text in every language, with an accessible <title> naming the State. Light or dark. Cached like every answer: a strong ETag (If-None-Match gets 304), public for up to five minutes and never past midnight UTC, Brotli or gzip when accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/embed", GetEmbedPage)
            .WithName("getEmbedPage")
            .WithSummary("Get the embed page")
            .WithDescription("An HTML page where a person picks a State, an instrument or both, a language and a theme, sees a live preview of the widget or badge, and copies the <iframe> or <img> code. A plain GET form that reloads the page with the options chosen: it works without script. The page itself is in the language of `lang`, else the first of the six that Accept-Language asks for, else English (Arabic right to left); Content-Language says which.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            // The page answers its own 304s (the representation cache does not keep it), after choosing its language.
            .WithMetadata(new Infrastructure.OpenApi.ResponseHeaderMetadata(
                StatusCodes.Status304NotModified,
                Microsoft.Net.Http.Headers.HeaderNames.ContentLanguage,
                "The language of the page revalidated, as on its 200."));

        return group;
    }

    /// <summary>
    /// The timeline chart, an SVG for an &lt;img&gt;: drawn by the same code as the instrument widget's chart, it lives here
    /// and joins the instruments' routes, where its URL has always been.
    /// </summary>
    public static RouteGroupBuilder MapTimelineChart(this RouteGroupBuilder instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        instruments.MapGet("/{id}/timeline.svg", GetTimelineChart)
            .WithName("getInstrumentTimelineChart")
            .WithSummary("Get an instrument's timeline as an SVG chart")
            .WithDescription("The parties and signatories at the end of each year as a line chart, an SVG image with an accessible title and description, for a page to embed with <img>.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return instruments;
    }

    internal static Results<EmbeddableHtmlResult, ValidationProblem, ProblemHttpResult> GetStateWidget(
        [AsParameters] StateWidgetRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var all = catalog.Instruments;
        var (chosen, unknown) = Choose(all, request.Instruments);
        if (unknown.Count > 0)
        {
            return UnknownInstruments(unknown, all);
        }

        if (catalog.FindParticipant(request.Code) is not { } participant)
        {
            return NotFoundProblems.State(request.Code);
        }

        var today = statuses.Today;
        var found = statuses.ForParticipant(participant, chosen, today);
        return new EmbeddableHtmlResult(
            StateWidget.Render(participant, found, lang, Palette.ThemeOf(request.Theme), RequestRules.IsSet(request.Compact), today),
            EmbeddableResponse.FramablePolicy);
    }

    internal static Results<EmbeddableHtmlResult, ProblemHttpResult> GetInstrumentWidget(
        [AsParameters] InstrumentWidgetRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        var compact = RequestRules.IsSet(request.Compact);
        var today = statuses.Today;
        var participants = catalog.Participants;
        var counts = StatusService.Count(statuses.StatusesOnly(instrument, participants, today));
        var members = participants.Count(p => ParticipantFilter.IsMemberOn(p, today));
        var timeline = compact ? null : Timeline.Of(instrument, catalog, statuses);
        return new EmbeddableHtmlResult(
            InstrumentWidget.Render(instrument, new InstrumentFigures(counts, members, timeline), lang, Palette.ThemeOf(request.Theme), compact, today),
            EmbeddableResponse.FramablePolicy);
    }

    internal static Results<EmbeddableSvgResult, ProblemHttpResult> GetBadge(
        [AsParameters] BadgeRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Instrument) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Instrument, catalog);
        }

        if (catalog.FindParticipant(request.Code) is not { } participant)
        {
            return NotFoundProblems.State(request.Code);
        }

        var status = (statuses.ForParticipant(participant, [instrument], statuses.Today))[0];
        var (label, labelLang) = Markup.BadgeLabel(instrument, lang);
        var message = Badge.Message(status.Status, lang);
        var palette = BadgePalette.Of(Palette.ThemeOf(request.Theme));
        var colors = status.Status.Status switch
        {
            Domain.TreatyStatus.Party => palette.Party,
            Domain.TreatyStatus.Signatory => palette.Signatory,
            Domain.TreatyStatus.Withdrawn => palette.Withdrawn,
            _ => palette.None,
        };
        return new EmbeddableSvgResult(Badge.Render(new BadgeText(label, labelLang, message, lang), $"{participant.Names[lang].Name} — {label}: {message}", palette.Label, colors));
    }

    internal static Results<EmbeddableHtmlResult, ProblemHttpResult> GetEmbedPage(
        [AsParameters] EmbedPageRequest request, HttpContext context, Catalog catalog)
    {
        var lang = LanguageNegotiation.Resolve(string.IsNullOrEmpty(request.Lang) ? null : request.Lang, context);
        Instrument? instrument = null;
        if (!string.IsNullOrEmpty(request.Instrument)
            && (instrument = catalog.FindInstrument(request.Instrument)) is null)
        {
            return NotFoundProblems.Instrument(request.Instrument, catalog);
        }

        Participant? state = null;
        if (!string.IsNullOrEmpty(request.State)
            && (state = catalog.FindParticipant(request.State)) is null)
        {
            return NotFoundProblems.State(request.State);
        }

        var choice = new EmbedChoice(state, instrument, lang, Palette.ThemeOf(request.Theme), RequestRules.IsSet(request.Compact));
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return new EmbeddableHtmlResult(
            EmbedPage.Render(choice, catalog.Participants, catalog.Instruments, baseUrl),
            EmbeddableResponse.EmbedPagePolicy);
    }

    internal static Results<SvgResult, ProblemHttpResult> GetTimelineChart(
        [AsParameters] TimelineChartRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        var timeline = Timeline.Of(instrument, catalog, statuses);
        return new SvgResult(TimelineChart.Render(instrument, timeline, lang));
    }

    /// <summary>The instruments a widget shows: those listed (by id or MTDSG number, any case), in the usual order; all by default.</summary>
    internal static (IReadOnlyList<Instrument> Chosen, IReadOnlyList<string> Unknown) Choose(IReadOnlyList<Instrument> all, string? list)
    {
        if (string.IsNullOrEmpty(list))
        {
            return (all, []);
        }

        var keys = list.Split(',');
        bool Named(Instrument i, string key) =>
            string.Equals(i.Id, key, StringComparison.OrdinalIgnoreCase) || string.Equals(i.Mtdsg, key, StringComparison.OrdinalIgnoreCase);
        var unknown = keys.Where(k => !all.Any(i => Named(i, k))).ToList();
        return ([.. all.Where(i => keys.Any(k => Named(i, k)))], unknown);
    }

    private static ValidationProblem UnknownInstruments(IReadOnlyList<string> unknown, IReadOnlyList<Instrument> all)
    {
        var message = $"'instruments' names no known instrument: {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Known: {string.Join(", ", all.Select(i => $"{i.Id} ({i.Mtdsg})"))}.";
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { ["instruments"] = [message] },
            detail: message,
            title: "Invalid parameter: instruments");
    }
}
