using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

public sealed class ImportedActionsTests
{
    [Fact]
    public void ImportedActions_BracketedConsent_AddsUndatedDenunciation()
    {
        var document = ImporterTestFiles.Parse("succession-to-signature.en.xml");
        var mapper = new ParticipantNameMapper([("USA", ["United States of America"]), ("BIH", ["Bosnia and Herzegovina"])]);

        var usa = ImportedActions.From(document, mapper).Where(a => a.ParticipantId == "USA").ToList();

        Assert.Equal(
            [(ActionKind.Signature, (DateOnly?)new DateOnly(1963, 4, 24)), (ActionKind.Ratification, new DateOnly(1969, 11, 24)), (ActionKind.Denunciation, null)],
            usa.Select(a => (a.Kind!.Value, a.Date)));
        Assert.All(usa, a => Assert.True(a.Withdrawn));
        Assert.Equal(["Argentina", "Paraguay"], ImportedActions.Unmapped(document, mapper));
    }

    [Fact]
    public void ImportedActions_DeclarationsSection_ReservationsOnConsentAndOnSignatureOnlyWhenAHeadingSaysSo()
    {
        var document = ImporterTestFiles.Parse("quirks.en.xml");
        var mapper = new ParticipantNameMapper([("BEL", ["Belgium"]), ("NLD", ["Netherlands"]), ("AUS", ["Australia"])]);

        var actions = ImportedActions.From(document, mapper).Where(a => a.ParticipantId is not null).ToList();

        Assert.Equal(
            [("AUS", ActionKind.Signature, false), ("AUS", ActionKind.Ratification, false), ("BEL", ActionKind.Signature, true), ("BEL", ActionKind.Ratification, true), ("NLD", ActionKind.Approval, true)],
            actions.Select(a => (a.ParticipantId!, a.Kind!.Value, a.Reservations)));
    }

    [Fact]
    public void ImportedActions_StatusPageDeclarations_SignatureMarkedOnlyWhereTheHeadingSaysUponSignature()
    {
        var document = ImporterTestFiles.Parse("IV-8.status-page.html");
        var mapper = new ParticipantNameMapper([("AFG", ["Afghanistan"]), ("AUS", ["Australia"]), ("CIV", ["Côte d'Ivoire"])]);

        var actions = ImportedActions.From(document, mapper).Where(a => a.ParticipantId is not null).ToList();

        Assert.Equal(
            [("AFG", ActionKind.Signature, true), ("AFG", ActionKind.Ratification, true), ("AUS", ActionKind.Signature, false), ("AUS", ActionKind.Ratification, true), ("CIV", ActionKind.Signature, false)],
            actions.Select(a => (a.ParticipantId!, a.Kind!.Value, a.Reservations)));
    }
}
