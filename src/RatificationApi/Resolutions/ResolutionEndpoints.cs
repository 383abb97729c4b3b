using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Resolutions;

/// <summary>General Assembly resolution 63/194 as a resource: what it urges, and the gaps then and now.</summary>
/// <param name="Id">The id in the URL: the symbol with '-' for '/'.</param>
/// <param name="Symbol">The UN document symbol.</param>
/// <param name="Title">The title in the language asked for where known, else in English.</param>
/// <param name="TitleLang">The language of <c>title</c>.</param>
/// <param name="TitleConfidence"><c>official</c> (a UN text) or <c>secondary</c> (a reproduction).</param>
/// <param name="Adopted">The date of adoption.</param>
/// <param name="Session">The session of the General Assembly.</param>
/// <param name="Meeting">The plenary meeting.</param>
/// <param name="AgendaItem">The agenda item.</param>
/// <param name="CommitteeReport">The report it was adopted on.</param>
/// <param name="Distributed">The date the document was distributed.</param>
/// <param name="Recalls">Earlier resolutions it recalls.</param>
/// <param name="Paragraphs">The operative paragraphs that urge States to join the instruments.</param>
/// <param name="Sources">Where these facts come from.</param>
/// <param name="Notes">Gaps in what is known of the resolution.</param>
public sealed record ResolutionContract(
    string Id,
    string Symbol,
    string Title,
    [property: LanguageValued] string TitleLang,
    string? TitleConfidence,
    DateOnly Adopted,
    string? Session,
    string? Meeting,
    string? AgendaItem,
    string? CommitteeReport,
    DateOnly? Distributed,
    string? Recalls,
    IReadOnlyList<ParagraphContract> Paragraphs,
    IReadOnlyList<string> Sources,
    string? Notes);

/// <summary>An operative paragraph of the resolution that urges States to join some of the instruments.</summary>
/// <param name="Paragraph">The paragraph number.</param>
/// <param name="Summary">A paraphrase of what it urges (not the authentic text).</param>
/// <param name="Source">Where the paragraph's content comes from.</param>
/// <param name="Instruments">The instruments it urges States to join, with their gaps on the day of adoption and today.</param>
public sealed record ParagraphContract(int Paragraph, string? Summary, string Source, IReadOnlyList<UrgedInstrumentContract> Instruments);

/// <summary>An instrument the paragraph urges States to join, with its gaps on the day of adoption and today.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="ShortName">Its short name.</param>
/// <param name="GapsAtAdoption">UN Member States (of that day) not parties on the day the resolution was adopted.</param>
/// <param name="GapsToday">UN Member States not parties today.</param>
public sealed record UrgedInstrumentContract(string Instrument, string ShortName, InstrumentGapsContract GapsAtAdoption, InstrumentGapsContract GapsToday);

public sealed record ResolutionRequest
{
    [FromRoute(Name = "id"), SchemaPattern(RequestRules.ResolutionIdPattern), Description("The resolution's symbol with '-' for '/': A-RES-63-194.")]
    public required string Id { get; init; }

    [FromQuery(Name = "lang"), Description("Language of titles and names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }
}

public sealed class ResolutionRequestValidator : AbstractValidator<ResolutionRequest>
{
    public ResolutionRequestValidator()
    {
        RuleFor(r => r.Id).ValidResolutionId();
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public static class ResolutionEndpoints
{
    public static RouteGroupBuilder MapResolutions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/resolutions").WithTags("Resolutions").WithParameterValidation();

        group.MapGet("/{id}", GetResolution)
            .WithName("getResolution")
            .WithSummary("Get General Assembly resolution 63/194 and the gaps it addresses")
            .WithDescription("The resolution (A/RES/63/194, adopted 18 December 2008) and, for its paragraphs 1 and 2, the instruments each urges States to join, with the UN Member States that were not parties on the day of adoption and those that are not parties today. Titles the sources lack in a language fall back to English and say so (`titleLang`).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static Results<Ok<ResolutionContract>, ProblemHttpResult> GetResolution(
        [AsParameters] ResolutionRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindResolution(request.Id) is not { } resolution)
        {
            return NotFoundProblems.Resolution(request.Id);
        }

        var adopted = Dates.Day(resolution.Adopted)!.Value;
        var title = resolution.Titles.In(lang);
        var today = statuses.Today;
        var instruments = (catalog.Instruments).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var participants = catalog.Participants;
        var paragraphs = new List<ParagraphContract>();
        foreach (var paragraph in catalog.ParagraphsOf(resolution.Id).GroupBy(p => p.Paragraph))
        {
            var urged = new List<UrgedInstrumentContract>();
            foreach (var row in paragraph)
            {
                var instrument = instruments[row.Instrument];
                urged.Add(new UrgedInstrumentContract(
                    instrument.Id,
                    instrument.ShortName,
                    Gaps.Of(instrument, participants, null, null, adopted, lang, statuses),
                    Gaps.Of(instrument, participants, null, null, today, lang, statuses)));
            }

            var first = paragraph.First();
            paragraphs.Add(new ParagraphContract((int)paragraph.Key, first.Summary, first.Source, urged));
        }

        return TypedResults.Ok(new ResolutionContract(
            resolution.Id,
            resolution.Symbol,
            title.Value.Title,
            title.Lang,
            title.Value.Confidence,
            adopted,
            resolution.Session,
            resolution.Meeting,
            resolution.AgendaItem,
            resolution.CommitteeReport,
            Dates.Day(resolution.Distributed),
            resolution.Recalls,
            paragraphs,
            SourceList.Split(resolution.Source),
            resolution.Notes));
    }
}
