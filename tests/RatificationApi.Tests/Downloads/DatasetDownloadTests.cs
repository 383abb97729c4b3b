using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using RatificationApi.Data;
using RatificationApi.Downloads;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Downloads;

/// <summary>The dataset zip: the data files as loaded, a descriptor generated from the row models, served as every download is.</summary>
public class DatasetDownloadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string DatasetUrl = "/v1/downloads/ratification-data.zip";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(byte[] Bytes, Dictionary<string, byte[]> Entries)> Download(HttpClient? client = null)
    {
        var bytes = await (client ?? _client).GetByteArrayAsync(new Uri(DatasetUrl, UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return (bytes, entries);
    }

    private async Task<JsonElement> Descriptor() =>
        JsonDocument.Parse((await Download()).Entries["datapackage.json"]).RootElement;

    [Fact]
    public async Task Dataset_Get_TheDescriptorThenEveryDataFileByteForByte()
    {
        using var response = await _client.GetAsync(new Uri(DatasetUrl, UriKind.Relative));
        var (_, entries) = await Download();

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["datapackage.json", .. DataSetLoader.Files.Select(f => $"data/{f}")], entries.Keys);
        foreach (var file in DataSetLoader.Files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(factory.DataDirectory, file)), entries[$"data/{file}"]);
        }
    }

    [Fact]
    public async Task Dataset_Descriptor_EveryColumnOfEveryFileHasAFieldInItsOrder()
    {
        var resources = (await Descriptor()).GetProperty("resources").EnumerateArray().ToList();

        Assert.Equal(DataSetLoader.Files.Select(f => $"data/{f}"), resources.Select(r => r.GetProperty("path").GetString()));
        foreach (var resource in resources)
        {
            var path = Path.Combine(factory.DataDirectory, Path.GetFileName(resource.GetProperty("path").GetString()!));
            var header = DataCsvHeader(path);
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            Assert.Equal(header, fields);
            Assert.Equal([string.Empty], resource.GetProperty("schema").GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
        }
    }

    /// <summary>Row models of files outside the data version, which the zip leaves out, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotInTheDataVersion = new(StringComparer.Ordinal)
    {
        ["geo/world-shapes.csv"] = "the map's geometry, made from pinned npm packages by src/map-geometry (data/geo/README.md), not facts of the data",
    };

    [Fact]
    public void RowModels_EveryDataFileHasOneAndEveryColumnOfItsFileIsMapped()
    {
        var models = TableSchemas.RowModels;

        Assert.Equal(
            DataSetLoader.Files.Concat(NotInTheDataVersion.Keys).Order(StringComparer.Ordinal),
            models.Select(m => m.FileName).Order(StringComparer.Ordinal));
        foreach (var model in models)
        {
            Assert.Equal(DataCsvHeader(Path.Combine(TestPaths.RepositoryData, model.FileName)).Order(StringComparer.Ordinal), model.Columns.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void TableSchemas_EveryColumnTheyNameIsAColumnOfItsFile()
    {
        var columns = TableSchemas.RowModels.ToDictionary(m => m.FileName, m => m.Columns, StringComparer.Ordinal);

        Assert.All(TableSchemas.Declared(), d => Assert.Contains(d.Column, columns[d.File]));
    }

    [Fact]
    public async Task Dataset_Descriptor_TypesKeysVocabulariesLicenceVersionAndSources()
    {
        var descriptor = await Descriptor();
        var version = DataSetLoader.Version(factory.DataDirectory);

        Assert.Equal("tabular-data-package", descriptor.GetProperty("profile").GetString());
        Assert.Equal(version, descriptor.GetProperty("version").GetString());
        Assert.Equal((await GetJson(_client, "/v1/downloads")).GetProperty("dataVersion").GetString(), descriptor.GetProperty("version").GetString());
        var licence = Assert.Single(descriptor.GetProperty("licenses").EnumerateArray());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetProperty("path").GetString());
        Assert.Equal(licence.GetProperty("path").GetString(), OpenApiLicenceUrl());
        var latest = File.ReadAllLines(Path.Combine(factory.DataDirectory, "actions.csv")).Skip(1).Select(l => l.Split(',')[7]).Max(StringComparer.Ordinal);
        Assert.Equal($"{latest}T00:00:00Z", descriptor.GetProperty("created").GetString());
        var sources = descriptor.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();
        Assert.Contains(sources, s => s.StartsWith("allucinaria/XML ", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("https://treaties.un.org/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("cldr-localenames-full@", StringComparison.Ordinal));

        var actions = descriptor.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "actions").GetProperty("schema");
        Assert.Equal(["instrument", "participant", "kind", "date"], actions.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()));
        var keys = actions.GetProperty("foreignKeys").EnumerateArray().Select(k => $"{k.GetProperty("fields")[0]}->{k.GetProperty("reference").GetProperty("resource")}.{k.GetProperty("reference").GetProperty("fields")[0]}");
        Assert.Equal(["instrument->instruments.id", "participant->participants.id"], keys);
        var field = (string name) => actions.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        Assert.Equal("date", field("recorded").GetProperty("type").GetString());
        Assert.Equal(RatificationApi.Domain.WireName.All<RatificationApi.Domain.ActionKind>().Order(StringComparer.Ordinal), field("kind").GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal("string", field("notes").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Dataset_SameDataInAnotherHost_SameBytesAndETag()
    {
        await using var other = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var otherClient = other.CreateClient();

        using var one = await _client.GetAsync(new Uri(DatasetUrl, UriKind.Relative));
        using var two = await otherClient.GetAsync(new Uri(DatasetUrl, UriKind.Relative));

        Assert.Equal(await one.Content.ReadAsByteArrayAsync(), await two.Content.ReadAsByteArrayAsync());
        Assert.Equal(one.Headers.ETag, two.Headers.ETag);
        Assert.False(one.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task Dataset_ListedWithItsSizeDigestAndETag()
    {
        var listed = (await GetJson(_client, "/v1/downloads")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("url").GetString() == DatasetUrl);
        using var response = await _client.GetAsync(new Uri(DatasetUrl, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/zip", listed.GetProperty("mediaType").GetString());
        Assert.Equal(bytes.Length, listed.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), listed.GetProperty("sha256").GetString());
        Assert.Equal(listed.GetProperty("etag").GetString(), response.Headers.ETag?.Tag);
        var version = DataSetLoader.Version(factory.DataDirectory);
        Assert.Equal($"ratification-data-{version[..16]}.zip", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Dataset_IfNoneMatchItsETag_304()
    {
        using var first = await _client.GetAsync(new Uri(DatasetUrl, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, DatasetUrl);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Dataset_HeadAndRange_AsTheDatabaseDownload()
    {
        var whole = (await Download()).Bytes;
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, DatasetUrl));
        using var range = new HttpRequestMessage(HttpMethod.Get, DatasetUrl);
        range.Headers.Range = new RangeHeaderValue(0, 3);
        using var partial = await _client.SendAsync(range);
        using var beyond = new HttpRequestMessage(HttpMethod.Get, DatasetUrl);
        beyond.Headers.Range = new RangeHeaderValue(1L << 40, null);
        using var unsatisfiable = await _client.SendAsync(beyond);

        Assert.Equal(whole.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(whole[..4], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal("PK\u0003\u0004", System.Text.Encoding.ASCII.GetString(whole, 0, 4));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
        Assert.Equal("application/problem+json", unsatisfiable.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dataset_DataChangedOnDiskSinceStartUp_503Problem()
    {
        var data = TestPaths.CopyOfData();
        await using var changed = new CustomDataApiFactory(data);
        using var client = changed.CreateClient();
        await GetJson(client, "/v1/instruments");
        await File.WriteAllTextAsync(Path.Combine(data, "disagreements.csv"), (await File.ReadAllTextAsync(Path.Combine(data, "disagreements.csv"))).Replace("year-only source", "a year-only source", StringComparison.Ordinal));

        var problem = await GetProblem(client, DatasetUrl, HttpStatusCode.ServiceUnavailable, "no longer those it loaded");

        Assert.Equal("Dataset unavailable", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(DatasetUrl, (await GetJson(client, "/v1/downloads")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()));
    }

    private static List<string> DataCsvHeader(string path)
    {
        using var reader = new StreamReader(path, DataCsv.Encoding);
        using var csv = new CsvHelper.CsvParser(reader, DataCsv.Configuration);
        csv.Read();
        return [.. csv.Record!];
    }

    private static string OpenApiLicenceUrl()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "openapi", "ratification-api.v1.json")));
        return document.RootElement.GetProperty("info").GetProperty("license").GetProperty("url").GetString()!;
    }
}
