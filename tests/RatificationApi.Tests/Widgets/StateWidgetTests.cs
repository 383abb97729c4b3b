using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

public partial class StateWidgetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly string _today = factory.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StateWidget_France_NameAndFiveStatusesWithDateAndAct()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>France</h1>", html, StringComparison.Ordinal);
        Assert.Equal(5, Occurrences(html, "<tr class=\"st-party\">"));
        Assert.Contains("Party</span> <span class=\"detail\">since 14 December 1983 (ratification)</span>", html, StringComparison.Ordinal);
        Assert.Contains("since 29 October 2002 (ratification)", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Instrument</th><th scope=\"col\">Status</th>", html, StringComparison.Ordinal);
        Assert.Contains("Convention on the Elimination of All Forms of Discrimination against Women", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_Iran_SignatoryNotAPartyAndPartyInWordsAndClasses()
    {
        var html = await GetHtml(_client, "/widgets/states/IRN");

        var rows = RowPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["signatory", "none", "party", "none", "party"], rows);
        Assert.Contains("Signatory</span> <span class=\"detail\">since 12 December 2000</span>", html, StringComparison.Ordinal);
        Assert.Contains("Not a party</span>", html, StringComparison.Ordinal);
        Assert.Contains("since 26 September 2007 (accession)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_LinksToEachInstrumentInANewBrowsingContext()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA?lang=es");

        foreach (var id in new[] { "untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956" })
        {
            Assert.Contains($"<a href=\"/v1/instruments/{id}?lang=es\" target=\"_blank\" rel=\"noopener\">", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("FR")]
    [InlineData("fra")]
    public async Task StateWidget_Alpha2OrAlpha3AnyCase_SamePage(string code)
    {
        Assert.Equal(await GetHtml(_client, "/widgets/states/FRA"), await GetHtml(_client, $"/widgets/states/{code}"));
    }

    [Fact]
    public async Task StateWidget_Arabic_RightToLeftWithArabicWordsAndDates()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA?lang=ar");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>فرنسا</h1>", html, StringComparison.Ordinal);
        Assert.Contains("طرف</span> <span class=\"detail\">منذ 14 كانون الأول/ديسمبر 1983 (تصديق)</span>", html, StringComparison.Ordinal);
        // English short names inside Arabic text are isolated and marked as English.
        Assert.Contains("<bdi lang=\"en\">CEDAW</bdi>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "desde el 14 de diciembre de 1983 (ratificación)", "Parte")]
    [InlineData("fr", "depuis le 14 décembre 1983 (ratification)", "Partie")]
    [InlineData("ru", "с 14 декабря 1983 г. (ратификация)", "Участник")]
    [InlineData("zh", "自1983年12月14日起（批准）", "缔约方")]
    public async Task StateWidget_EachLanguage_StatusWordsAndDatesOfThatLanguage(string lang, string since, string party)
    {
        var html = await GetHtml(_client, $"/widgets/states/FRA?lang={lang}");

        Assert.Contains($"<html lang=\"{lang}\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains($"{party}</span> <span class=\"detail\">{since}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_AcceptLanguage_UsedWithoutLang()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widgets/states/FRA");
        request.Headers.Add("Accept-Language", "de-CH, ru;q=0.8");

        using var response = await _client.SendAsync(request);

        Assert.Contains("<html lang=\"ru\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task StateWidget_EuropeanUnionInFrench_NameFallsBackToEnglishMarkedAsSuch()
    {
        var html = await GetHtml(_client, "/widgets/states/eu?lang=fr");

        Assert.Contains("<h1><bdi lang=\"en\">European Union</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains("depuis le 21 mai 2004 (approbation)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_InstrumentsSubset_OnlyThoseInTheUsualOrder()
    {
        var html = await GetHtml(_client, "/widgets/states/IRN?instruments=CEDAW,XVIII-12");

        Assert.Equal(["signatory", "none"], RowPattern().Matches(html).Select(m => m.Groups[1].Value).ToList());
        var untoc = html.IndexOf("/v1/instruments/untoc?", StringComparison.Ordinal);
        var cedaw = html.IndexOf("/v1/instruments/cedaw?", StringComparison.Ordinal);
        Assert.True(untoc > 0 && cedaw > untoc);
        Assert.DoesNotContain("/v1/instruments/opsc?", html, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(html, "<li>"));
    }

    [Fact]
    public async Task StateWidget_Compact_NoTitlesYearOnlyHeadersHidden()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA?compact=true");

        Assert.Contains("<body class=\"light compact\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"title\">", html, StringComparison.Ordinal);
        Assert.Contains("<thead class=\"vh\">", html, StringComparison.Ordinal);
        Assert.Contains("Party</span> <span class=\"detail\">since 1983</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_DarkTheme_DarkColours()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA?theme=dark&compact=false");

        Assert.Contains("<body class=\"dark full\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"color-scheme\" content=\"dark\">", html, StringComparison.Ordinal);
        Assert.Contains("background:#16181d", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_StatesTheDateOfItsDataAndEachInstrumentsCompleteness()
    {
        var html = await GetHtml(_client, "/widgets/states/FRA");

        Assert.Contains($"Data as at {_today}", html, StringComparison.Ordinal);
        Assert.Contains("Depositary records complete as at:", html, StringComparison.Ordinal);
        Assert.Contains("<li>CEDAW: 3 February 2026</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>UNTOC: 27 January 2014</li>", html, StringComparison.Ordinal);
        Assert.Contains("Later actions come from other sources and may be incomplete.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/widgets/states/FRA")]
    [InlineData("/widgets/states/IRN?lang=ar&theme=dark&compact=true")]
    public async Task StateWidget_NoScriptNothingFromElsewhere(string url)
    {
        var html = await GetHtml(_client, url);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerPattern(), html);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.All(HrefPattern().Matches(html), m => Assert.True(m.Groups[1].Value.StartsWith("/v1/instruments/", StringComparison.Ordinal) || m.Groups[1].Value.StartsWith("/v1/actions.atom?", StringComparison.Ordinal), m.Groups[1].Value));
        Assert.Contains("<svg viewBox=\"0 0 16 16\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/widgets/states/FRA?lang=de", "lang", "'lang' must be one of: ar, en, es, fr, ru, zh (got 'de')")]
    [InlineData("/widgets/states/FRA?theme=blue", "theme", "'theme' must be one of: light, dark (got 'blue')")]
    [InlineData("/widgets/states/FRA?compact=yes", "compact", "'compact' must be 'true' or 'false'")]
    [InlineData("/widgets/states/FRA?instruments=cedaw,,untoc", "instruments", "comma-separated list")]
    [InlineData("/widgets/states/FRA?instruments=cedaw;untoc", "instruments", "comma-separated list")]
    [InlineData("/widgets/states/FRA?instruments=cedaw,nope", "instruments", "names no known instrument: 'nope'")]
    [InlineData("/widgets/states/F1", "code", "'code' must be an ISO 3166-1")]
    public async Task StateWidget_BadParameter_400ProblemNamingIt(string url, string parameter, string mentions)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, mentions);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.Contains(parameter, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateWidget_UnknownCode_404Problem()
    {
        await GetProblem(_client, "/widgets/states/XYZ", HttpStatusCode.NotFound, "'XYZ'");
    }

    [GeneratedRegex("<tr class=\"st-([a-z]+)\">")]
    private static partial Regex RowPattern();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerPattern();
}
