using System.Globalization;
using System.Net;
using CsvHelper;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Matrix;

public class MatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Matrix_Json_OneRowPerParticipantOneColumnPerInstrument()
    {
        var body = await GetJson(_client, "/v1/status");

        Assert.Equal(198, body.GetProperty("count").GetInt32());
        Assert.Equal(["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956"], Codes(body.GetProperty("instruments"), "id"));
        var usa = body.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("state").GetString() == "USA");
        Assert.Equal("signatory", usa.GetProperty("statuses").GetProperty("cedaw").GetProperty("status").GetString());
        Assert.Equal("accession", usa.GetProperty("statuses").GetProperty("slavery-convention-1956").GetProperty("consentKind").GetString());
    }

    [Fact]
    public async Task Matrix_FiltersAndAsOf_Applied()
    {
        var body = await GetJson(_client, "/v1/status?region=150&unMember=true&asOf=2005-01-01");

        Assert.Equal("2005-01-01", body.GetProperty("asOf").GetString());
        var germany = body.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("state").GetString() == "DEU");
        Assert.Equal("signatory", germany.GetProperty("statuses").GetProperty("untoc").GetProperty("status").GetString());
        Assert.All(body.GetProperty("items").EnumerateArray(), r => Assert.Equal("150", r.GetProperty("region").GetString()));
    }

    [Theory]
    [InlineData("/v1/status?format=csv&lang=zh", null)]
    [InlineData("/v1/status?lang=zh", "text/csv")]
    public async Task Matrix_Csv_Rfc4180Utf8NamesInLanguage(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(198, rows.Count);
        var france = rows.Single(r => (string)r["code"] == "FRA");
        Assert.Equal("法国", france["name"]);
        Assert.Equal("party", france["cedaw_status"]);
        Assert.Equal("1983-12-14", france["cedaw_consent_date"]);
    }

    [Fact]
    public async Task Matrix_BadFormat_400()
    {
        var problem = await GetProblem(_client, "/v1/status?format=xml", HttpStatusCode.BadRequest, "'format' must be one of: json, csv");

        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }
}
