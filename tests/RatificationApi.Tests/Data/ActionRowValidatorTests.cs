using FluentValidation.TestHelper;
using RatificationApi.Data;

namespace RatificationApi.Tests.Data;

public class ActionRowValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly ActionRowValidator Validator = new(new DataContext(
        new Dictionary<string, InstrumentRow>(StringComparer.Ordinal)
        {
            ["opsc"] = new()
            {
                File = "instruments.csv", Line = 2,
                Id = "opsc", ShortName = "OPSC", Mtdsg = "IV-11-c", Chapter = "4", Parent = "", ParentReference = "", Adopted = "2000-05-25",
                AdoptionPlace = "", AdoptedBy = "", OpenedForSignature = "", EntryIntoForce = "2002-01-18", EifArticle = "",
                EifOffset = "P1M", EifRuleBasis = "inferred", EifRuleText = "", UntsVolume = "", UntsPage = "", UntsRegistrationNo = "",
                UntsRegistrationDate = "", CompleteAsAt = "2018-01-15", CompleteAsAtSource = "", StatedSignatories = "", StatedParties = "",
                StatedAsAt = "", StatedSource = "", Source = "test", Notes = "",
            },
        },
        new HashSet<string>(["FJI"], StringComparer.Ordinal),
        Today));

    private static ActionRow Row(string date, string kind = "ratification") => new()
    {
        File = "actions.csv", Line = 10,
        Instrument = "opsc", Participant = "FJI", Kind = kind, Date = date, Reservations = "unknown",
        Basis = "secondary", Exception = "", Recorded = "2026-11-28", Source = "test", Notes = "",
    };

    [Theory]
    [InlineData("2021-03-19")]
    [InlineData("2021-03")]
    [InlineData("2021")]
    [InlineData("")]
    public void Validate_DateOfAnyKnownPrecision_Valid(string date) =>
        Validator.TestValidate(Row(date)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_YearOfAdoptionBeforeAdoptionDay_ValidBecauseItMayBeLater() =>
        Validator.TestValidate(Row("2000")).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_MonthBeforeAdoption_BeforeAdoption() =>
        Validator.TestValidate(Row("2000-04")).ShouldHaveValidationErrorFor(r => r.Date).WithErrorCode("before-adoption");

    [Fact]
    public void Validate_ThisMonth_NotInTheFuture() =>
        Validator.TestValidate(Row("2026-11")).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_NextMonth_Future() =>
        Validator.TestValidate(Row("2026-12")).ShouldHaveValidationErrorFor(r => r.Date).WithErrorCode("future-date");
}
