using RatificationApi.Tests.Infrastructure;
using RatificationApi.Widgets;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

/// <summary>The embed page in the six UN languages: chosen by <c>lang</c>, else by Accept-Language, Arabic right to left.</summary>
public class EmbedPageLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("ar", "rtl", "<h1>تضمين أداة أو شارة للحالة</h1>", "<label for=\"instrument\">الصك</label>")]
    [InlineData("en", "ltr", "<h1>Embed a status widget or badge</h1>", "<label for=\"instrument\">Instrument</label>")]
    [InlineData("es", "ltr", "<h1>Insertar un widget o una insignia de situación</h1>", "<label for=\"instrument\">Instrumento</label>")]
    [InlineData("fr", "ltr", "<h1>Intégrer un widget ou un badge de situation</h1>", "<label for=\"instrument\">Instrument</label>")]
    [InlineData("ru", "ltr", "<h1>Встроить виджет или значок статуса</h1>", "<label for=\"instrument\">Документ</label>")]
    [InlineData("zh", "ltr", "<h1>嵌入状况小部件或徽章</h1>", "<label for=\"instrument\">文书</label>")]
    public async Task EmbedPage_Lang_PageInThatLanguage(string lang, string dir, string heading, string instrumentLabel)
    {
        var response = await Get(_client, $"/embed?lang={lang}");

        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\">", response.Body, StringComparison.Ordinal);
        Assert.Contains(heading, response.Body, StringComparison.Ordinal);
        // The word the widgets already use for "instrument", not a second translation of it.
        Assert.Contains(instrumentLabel, response.Body, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{lang}\" lang=\"{lang}\" selected>", response.Body, StringComparison.Ordinal);
        Assert.Equal(lang, response.Header("Content-Language"));
    }

    [Theory]
    [InlineData("ar-EG, en;q=0.5", "ar", "rtl")]
    [InlineData("de-DE, fr;q=0.8, es;q=0.9", "es", "ltr")]
    [InlineData("zh-CN;q=0.2, ru;q=0.3", "ru", "ltr")]
    [InlineData("it, pt", "en", "ltr")]
    public async Task EmbedPage_NoLang_AcceptLanguageByQuality(string acceptLanguage, string lang, string dir)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/embed?state=FRA", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Equal([lang], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        // The widget previewed is in the page's language too.
        Assert.Contains($"/widgets/states/FRA?lang={lang}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_LangAndAcceptLanguage_LangWins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/embed?lang=fr", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", "ru");

        using var response = await _client.SendAsync(request);

        Assert.Equal(["fr"], response.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_DifferentLanguages_DifferentETags()
    {
        var english = await Get(_client, "/embed?state=FRA&lang=en");
        var arabic = await Get(_client, "/embed?state=FRA&lang=ar");

        Assert.NotEqual(english.Header("ETag"), arabic.Header("ETag"));
    }

    [Fact]
    public async Task EmbedPage_Arabic_CodeAndAddressesStayLeftToRight()
    {
        var html = await GetHtml(_client, "/embed?state=FRA&instrument=cedaw&lang=ar");

        Assert.Equal(3, Occurrences(html, "dir=\"ltr\" readonly"));
        Assert.Contains("<a href=\"/badges/cedaw/FRA.svg?lang=ar\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"badge-snippet-h\">الشارة: CEDAW، فرنسا</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_ShortNames_OfThePageLanguageWhereASourceGivesOneElseEnglishMarkedSo()
    {
        var html = await GetHtml(_client, "/embed?lang=fr");

        Assert.Contains("<option value=\"trafficking-protocol\">Protocole relatif à la traite des personnes</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"untoc\">CNUCTO</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"cedaw\" lang=\"en\">CEDAW</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbedText_EveryUnLanguage_HasATableWithEveryWord()
    {
        Assert.Equal(RatificationApi.Data.Languages.All.Order(StringComparer.Ordinal), EmbedText.Languages.Order(StringComparer.Ordinal));
        foreach (var lang in EmbedText.Languages)
        {
            var words = EmbedText.In(lang);
            foreach (var property in typeof(EmbedStrings).GetProperties())
            {
                var text = (string)property.GetValue(words)!;
                Assert.False(string.IsNullOrWhiteSpace(text), $"{lang}: {property.Name} is empty");
                // A placeholder is a name from data/: each language has the same ones as English.
                Assert.Equal(Placeholders((string)property.GetValue(EmbedText.In("en"))!), Placeholders(text));
            }
        }
    }

    private static string Placeholders(string text) =>
        string.Concat(System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal));
}
