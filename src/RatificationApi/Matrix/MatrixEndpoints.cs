using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Matrix;

/// <summary>One row per participant, one column per instrument.</summary>
/// <param name="AsOf">The date the statuses are for.</param>
/// <param name="Instruments">The columns, in order.</param>
/// <param name="Count">The number of rows.</param>
/// <param name="Items">One row per participant.</param>
public sealed record MatrixContract(DateOnly AsOf, IReadOnlyList<MatrixColumnContract> Instruments, int Count, IReadOnlyList<MatrixRowContract> Items);

/// <summary>One instrument of the matrix: a column.</summary>
/// <param name="Id">The instrument's id.</param>
/// <param name="ShortName">Its short name.</param>
public sealed record MatrixColumnContract(string Id, string ShortName);

/// <summary>One participant of the matrix: a row, with its status under each instrument.</summary>
/// <param name="State">The participant's code (ISO 3166-1 alpha-3, or EU).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2.</param>
/// <param name="Name">The name in the language asked for.</param>
/// <param name="UnMember">Whether it is a UN Member State.</param>
/// <param name="Region">The code of its UN M49 region (three digits); <c>GET /v1/states</c> gives the region as an object with its name.</param>
/// <param name="Subregion">The code of its UN M49 sub-region (three digits).</param>
/// <param name="Statuses">The status under each instrument, keyed by the instrument's id.</param>
public sealed record MatrixRowContract(string State, string Iso2, string Name, bool UnMember, string? Region, string? Subregion, IReadOnlyDictionary<string, MatrixCellContract> Statuses);

/// <summary>A participant's status under one instrument, in short.</summary>
/// <param name="Status"><c>party</c>, <c>signatory</c>, <c>none</c> or <c>withdrawn</c>.</param>
/// <param name="Signed">The date of signature, as known, or null.</param>
/// <param name="ConsentKind">The kind of the consent to be bound, or null.</param>
/// <param name="ConsentDate">Its date as known (YYYY-MM-DD, YYYY-MM or YYYY), or null.</param>
/// <param name="DateUncertain">True when an action of unknown or partial date may have happened by <c>asOf</c>.</param>
public sealed record MatrixCellContract(TreatyStatus Status, string? Signed, ActionKind? ConsentKind, string? ConsentDate, bool DateUncertain);

public sealed record MatrixRequest
{
    [FromQuery(Name = "region"), Description("Only participants in this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe).")]
    public string? Region { get; init; }

    [FromQuery(Name = "unMember"), Description("true: only UN Member States; false: only the others.")]
    public string? UnMember { get; init; }

    [FromQuery(Name = "asOf"), Description("Report the statuses on this date (YYYY-MM-DD, not in the future) instead of today.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description("Language of names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "format"), Description("Response format: json (default) or csv. Accept: text/csv also selects CSV.")]
    public string? Format { get; init; }
}

public sealed class MatrixRequestValidator : AbstractValidator<MatrixRequest>
{
    public MatrixRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.UnMember).ValidBoolean("unMember");
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Format).ValidFormat();
    }
}

public static class MatrixEndpoints
{
    private static readonly string[] CsvHeader = ["code", "iso2", "name", "un_member", "region", "subregion"];

    public static RouteGroupBuilder MapMatrix(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/status").WithTags("Status matrix").WithParameterValidation();

        group.MapGet("/", GetMatrix)
            .WithName("getStatusMatrix")
            .WithSummary("Get the status matrix")
            .WithDescription("One row per participant and one column per instrument, with each status (today, or on `asOf`), the date of signature and the kind and date of the consent to be bound. Filter by region and UN membership. JSON, or CSV (RFC 4180, UTF-8, names in the language asked for) with `format=csv` or `Accept: text/csv`.");

        return group;
    }

    internal static Results<Ok<MatrixContract>, CsvResult, ProblemHttpResult> GetMatrix(
        [AsParameters] MatrixRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var participants = catalog.Participants;
        if (ParticipantFilter.UnknownRegion(participants, request.Region) is { } badRegion)
        {
            return badRegion;
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var rows = participants.Where(p => ParticipantFilter.InRegion(p, request.Region) && ParticipantFilter.MatchesMembership(p, request.UnMember)).ToList();
        var instruments = catalog.Instruments;
        var columns = new List<Dictionary<string, MatrixCellContract>>();
        foreach (var instrument in instruments)
        {
            columns.Add((statuses.ForInstrument(instrument, rows, asOf))
                .ToDictionary(s => s.Participant.Id, ToCell, StringComparer.Ordinal));
        }

        var items = rows.Select(p => new MatrixRowContract(
                p.Id,
                p.Iso2,
                p.Names[lang].Name,
                p.IsUnMember,
                p.RegionCode,
                p.SubregionCode,
                instruments.Select((instrument, index) => (instrument.Id, Cell: columns[index][p.Id])).ToDictionary(c => c.Id, c => c.Cell, StringComparer.Ordinal)))
            .ToList();
        var matrix = new MatrixContract(asOf, [.. instruments.Select(i => new MatrixColumnContract(i.Id, i.ShortName))], items.Count, items);
        return ResponseFormat.WantsCsv(request.Format, context) ? ToCsv(matrix) : TypedResults.Ok(matrix);
    }

    private static MatrixCellContract ToCell(ParticipantStatus s) => new(
        s.Status.Status,
        s.Status.Signature?.DateText,
        s.Status.Consent?.Kind,
        s.Status.Consent?.DateText,
        s.Status.Uncertain);

    private static CsvResult ToCsv(MatrixContract matrix) => new($"status-{Dates.Iso(matrix.AsOf)}.csv", csv =>
    {
        CsvResult.WriteHeader(csv, [.. CsvHeader, .. matrix.Instruments.SelectMany(i => new[] { $"{i.Id}_status", $"{i.Id}_signed", $"{i.Id}_consent_kind", $"{i.Id}_consent_date" })]);
        foreach (var row in matrix.Items)
        {
            csv.WriteField(row.State);
            csv.WriteField(row.Iso2);
            csv.WriteField(row.Name);
            csv.WriteField(row.UnMember ? "true" : "false");
            csv.WriteField(row.Region);
            csv.WriteField(row.Subregion);
            foreach (var instrument in matrix.Instruments)
            {
                var cell = row.Statuses[instrument.Id];
                csv.WriteField(cell.Status.ToName());
                csv.WriteField(cell.Signed);
                csv.WriteField(cell.ConsentKind?.ToName());
                csv.WriteField(cell.ConsentDate);
            }

            csv.NextRecord();
        }
    });
}
