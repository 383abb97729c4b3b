using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Downloads;

public class DownloadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string DatabaseUrl = "/v1/downloads/ratification.sqlite";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Database_Get_TheFileTheServiceBuiltByteForByte()
    {
        using var response = await _client.GetAsync(new Uri(DatabaseUrl, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType?.MediaType);
        var built = Assert.Single(Directory.GetFiles(factory.DatabaseDirectory, "*.db"));
        Assert.Equal(await File.ReadAllBytesAsync(built), bytes);
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 16));
    }

    [Fact]
    public async Task Database_Get_AttachmentNamedWithTheDataVersionAndItsStrongETag()
    {
        var version = RatificationApi.Data.DataSetLoader.Version(factory.DataDirectory);
        var listed = (await GetJson(_client, "/v1/downloads")).GetProperty("items")[0];

        using var response = await _client.GetAsync(new Uri(DatabaseUrl, UriKind.Relative));

        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal($"ratification-{version[..16]}.sqlite", disposition?.FileName);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(listed.GetProperty("etag").GetString(), response.Headers.ETag.Tag);
        Assert.StartsWith($"\"{version[..16]}-", response.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Database_IfNoneMatchItsETag_304WithoutBody()
    {
        using var first = await _client.GetAsync(new Uri(DatabaseUrl, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabaseUrl);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task Database_IfNoneMatchAnotherETag_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabaseUrl);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef-0123456789abcdef\""));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Database_Head_HeadersOfTheGetWithoutBody()
    {
        var listed = (await GetJson(_client, "/v1/downloads")).GetProperty("items")[0];
        using var request = new HttpRequestMessage(HttpMethod.Head, DatabaseUrl);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(listed.GetProperty("bytes").GetInt64(), response.Content.Headers.ContentLength);
        Assert.Equal(listed.GetProperty("etag").GetString(), response.Headers.ETag?.Tag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Database_Range_206WithThoseBytes()
    {
        var listed = (await GetJson(_client, "/v1/downloads")).GetProperty("items")[0];
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabaseUrl);
        request.Headers.Range = new RangeHeaderValue(0, 15);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(listed.GetProperty("bytes").GetInt64(), response.Content.Headers.ContentRange?.Length);
    }

    [Fact]
    public async Task Database_RangeBeyondTheEnd_416Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabaseUrl);
        request.Headers.Range = new RangeHeaderValue(1L << 40, null);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":416", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_AcceptJsonOnly_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DatabaseUrl);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Database_OpenedWithSqlite_SameActionsPerInstrumentAsTheApi()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory("download"), "ratification.sqlite");
        await File.WriteAllBytesAsync(path, await _client.GetByteArrayAsync(new Uri(DatabaseUrl, UriKind.Relative)));
        var inFile = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT instrument, count(*) FROM actions GROUP BY instrument ORDER BY instrument";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                inFile[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var instruments = Codes((await GetJson(_client, "/v1/instruments")).GetProperty("items"), "id");
        Assert.Equal(instruments.Order(StringComparer.Ordinal), inFile.Keys);
        foreach (var instrument in instruments)
        {
            Assert.Equal(inFile[instrument], await CountFeed(instrument));
        }
    }

    [Fact]
    public async Task List_TheDatabaseFirstWithItsSizeDigestAndETag()
    {
        var body = await GetJson(_client, "/v1/downloads");

        var built = Assert.Single(Directory.GetFiles(factory.DatabaseDirectory, "*.db"));
        var item = body.GetProperty("items")[0];
        Assert.Equal(RatificationApi.Data.DataSetLoader.Version(factory.DataDirectory), body.GetProperty("dataVersion").GetString());
        Assert.Equal("ratification.sqlite", item.GetProperty("name").GetString());
        Assert.Equal(DatabaseUrl, item.GetProperty("url").GetString());
        Assert.Equal("application/vnd.sqlite3", item.GetProperty("mediaType").GetString());
        Assert.Equal(new FileInfo(built).Length, item.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(built))), item.GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.String, item.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task Database_FileGone_503Problem()
    {
        await using var gone = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var client = gone.CreateClient();
        await GetJson(client, "/v1/downloads");
        foreach (var file in Directory.GetFiles(gone.DatabaseDirectory))
        {
            File.Delete(file);
        }

        var problem = await GetProblem(client, DatabaseUrl, HttpStatusCode.ServiceUnavailable, "no longer on its disk");
        Assert.Equal("Database unavailable", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task List_FileRemovedRightAfterStartUp_StillGivesTheDigestOfTheFileLoaded()
    {
        await using var gone = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var client = gone.CreateClient();
        var built = Assert.Single(Directory.GetFiles(gone.DatabaseDirectory, "*.db"));
        var digest = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(built)));
        var bytes = new FileInfo(built).Length;
        File.Delete(built);

        // The digest is made after start-up from a handle opened at load, so the list needs no file on disk.
        var item = (await GetJson(client, "/v1/downloads")).GetProperty("items")[0];
        Assert.Equal(digest, item.GetProperty("sha256").GetString());
        Assert.Equal(bytes, item.GetProperty("bytes").GetInt64());
    }

    private async Task<long> CountFeed(string instrument)
    {
        var count = 0L;
        string? url = $"/v1/actions?instrument={instrument}&limit=1000";
        while (url is not null)
        {
            var page = await GetJson(_client, url);
            count += page.GetProperty("count").GetInt32();
            url = page.GetProperty("next").GetString();
        }

        return count;
    }
}
