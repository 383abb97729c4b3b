using RatificationApi.Actions;

namespace RatificationApi.Tests.Reliability;

/// <summary>One bad (or unusual) request and what the service must answer.</summary>
/// <param name="Name">Unique; the theory's case name.</param>
/// <param name="Request">What is sent, byte for byte.</param>
/// <param name="Status">The exact status expected.</param>
/// <param name="Names">For a problem: a word its title, detail or errors must contain (the parameter, the method, the code).
/// For a success: null.</param>
public sealed record CatalogueCase(string Name, RawRequest Request, int Status, string? Names);

/// <summary>
/// The catalogue of bad inputs, across every operation of the OpenAPI document and the document and
/// Swagger UI themselves. Kept as data so that adding a case is adding a line.
/// </summary>
public static class BadInputCatalogue
{
    private static readonly string TenKb = new('a', 10 * 1024);
    private const string Script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    private const string ImgOnError = "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
    private const string DropTable = "%27%3B%20DROP%20TABLE%20actions%3B--";

    public static IReadOnlyList<CatalogueCase> Cases { get; } = Build();

    public static TheoryData<string> Names { get; } = new(Cases.Select(c => c.Name));

    public static CatalogueCase Get(string name) => Cases.Single(c => c.Name == name);

    private static List<CatalogueCase> Build()
    {
        var cases = new List<CatalogueCase>();
        void Get(string name, string target, int status, string? names, params (string, string)[] headers) =>
            cases.Add(new CatalogueCase(name, new RawRequest("GET", target, headers), status, names));
        void Send(string name, string method, string target, int status, string? names, params (string, string)[] headers) =>
            cases.Add(new CatalogueCase(name, new RawRequest(method, target, headers), status, names));

        // Malformed and unknown codes and ids, on every operation that takes one.
        Get("state unknown", "/v1/states/XYZ", 404, "XYZ");
        Get("state too long", "/v1/states/FRANCE", 400, "code");
        Get("state one letter", "/v1/states/F", 400, "code");
        Get("state digits", "/v1/states/12", 400, "code");
        Get("state gaps unknown", "/v1/states/XYZ/gaps", 404, "XYZ");
        Get("state gaps malformed", "/v1/states/x1/gaps", 400, "code");
        Get("instrument unknown", "/v1/instruments/nope", 404, "nope");
        Get("instrument with space", "/v1/instruments/ced%20aw", 400, "id");
        Get("instrument 41 characters", $"/v1/instruments/{new string('a', 41)}", 400, "id");
        Get("participants of unknown instrument", "/v1/instruments/nope/participants", 404, "nope");
        Get("participant record of unknown State", "/v1/instruments/cedaw/participants/XYZ", 404, "XYZ");
        Get("participant record with a malformed code", "/v1/instruments/cedaw/participants/F1", 400, "code");
        Get("participant record of unknown instrument", "/v1/instruments/nope/participants/FRA", 404, "nope");
        Get("participant record asOf in the future", "/v1/instruments/cedaw/participants/FRA?asOf=2999-01-01", 400, "asOf");
        Get("gaps of unknown instrument", "/v1/instruments/nope/gaps", 404, "nope");
        Get("progress of unknown instrument", "/v1/instruments/nope/progress", 404, "nope");
        Get("timeline of unknown instrument", "/v1/instruments/nope/timeline", 404, "nope");
        Get("chart of unknown instrument", "/v1/instruments/nope/timeline.svg", 404, "nope");
        Get("chart of malformed instrument", "/v1/instruments/no_pe/timeline.svg", 400, "id");
        Get("map of unknown instrument", "/v1/instruments/nope/map.svg", 404, "nope");
        Get("map region unknown", "/v1/instruments/cedaw/map.svg?region=999", 400, "region");
        Get("map asOf in the future", "/v1/instruments/cedaw/map.svg?asOf=2999-01-01", 400, "asOf");
        Get("map widget theme", "/widgets/instruments/cedaw/map?theme=blue", 400, "theme");
        Get("map widget of unknown instrument", "/widgets/instruments/nope/map", 404, "nope");
        Get("resolution widget unknown", "/widgets/resolutions/A-RES-1-1", 404, "A-RES-1-1");
        Get("resolution widget malformed", "/widgets/resolutions/63-194", 400, "id");
        Get("resolution unknown", "/v1/resolutions/A-RES-1-1", 404, "A-RES-1-1");
        Get("resolution malformed", "/v1/resolutions/63-194", 400, "id");
        Get("resolution with encoded slashes", "/v1/resolutions/A%2FRES%2F63%2F194", 400, "id");
        Get("state widget unknown", "/widgets/states/XYZ", 404, "XYZ");
        Get("state widget malformed", "/widgets/states/X-Y", 400, "code");
        Get("instrument widget unknown", "/widgets/instruments/nope", 404, "nope");
        Get("instrument widget malformed", "/widgets/instruments/a.b", 400, "id");
        Get("badge unknown state", "/badges/cedaw/XYZ.svg", 404, "XYZ");
        Get("badge unknown instrument", "/badges/nope/FRA.svg", 404, "nope");
        Get("badge malformed state", "/badges/cedaw/FRANCE.svg", 400, "code");
        Get("badge wrong extension", "/badges/cedaw/FRA.png", 404, "Not Found");

        // Impossible and future dates.
        Get("asOf 30 February", "/v1/states/FRA?asOf=2023-02-30", 400, "asOf");
        Get("asOf five-digit year", "/v1/states/FRA?asOf=99999-01-01", 400, "asOf");
        Get("asOf in the future", "/v1/states/FRA?asOf=2999-01-01", 400, "asOf");
        Get("asOf a word", "/v1/instruments?asOf=yesterday", 400, "asOf");
        Get("asOf month 13", "/v1/instruments/cedaw?asOf=2008-13-01", 400, "asOf");
        Get("asOf year zero", "/v1/instruments/cedaw/participants?asOf=0000-01-01", 400, "asOf");
        Get("asOf 29 February of a common year", "/v1/instruments/cedaw/gaps?asOf=2023-02-29", 400, "asOf");
        Get("asOf without leading zeros", "/v1/states/FRA/gaps?asOf=2023-2-3", 400, "asOf");
        Get("matrix asOf in the future", "/v1/status?asOf=2999-12-31", 400, "asOf");
        Get("progress from after to", "/v1/instruments/cedaw/progress?from=2020-01-01&to=2010-01-01", 400, "from");
        Get("progress to in the future", "/v1/instruments/cedaw/progress?to=2999-01-01", 400, "to");
        Get("progress from not a date", "/v1/instruments/cedaw/progress?from=not-a-date", 400, "from");
        Get("since 30 February", "/v1/actions?since=2023-02-30", 400, "since");
        Get("since in the future", "/v1/actions?since=2999-01-01", 400, "since");

        // Page sizes and cursors.
        Get("limit zero", "/v1/actions?limit=0", 400, "limit");
        Get("limit over the maximum", "/v1/actions?limit=1001", 400, "limit");
        Get("limit negative", "/v1/actions?limit=-1", 400, "limit");
        Get("limit a word", "/v1/actions?limit=abc", 400, "limit");
        Get("limit a fraction", "/v1/actions?limit=1.5", 400, "limit");
        Get("limit overflowing", "/v1/actions?limit=99999999999999999999", 400, "limit");
        Get("limit with spaces", "/v1/actions?limit=%20%2010", 400, "limit");
        Get("cursor garbage", "/v1/actions?cursor=garbage", 400, "cursor");
        Get("cursor invalid UTF-8", "/v1/actions?cursor=%FF", 400, "cursor");
        Get("cursor empty", "/v1/actions?cursor=", 400, "cursor");
        Get("cursor with an impossible date", $"/v1/actions?cursor={new FeedCursor("2023-02-30", "x").Encode()}", 400, "cursor");
        Get("cursor 201 characters", $"/v1/actions?cursor={new string('A', 201)}", 400, "cursor");
        Get("kind unknown", "/v1/actions?kind=ratify", 400, "kind");
        Get("atom kind unknown", "/v1/actions.atom?kind=ratify", 400, "kind");
        Get("atom language unknown", "/v1/actions.atom?lang=de", 400, "lang");
        Get("atom cursor garbage", "/v1/actions.atom?cursor=garbage", 400, "cursor");
        Get("atom limit over the maximum", "/v1/actions.atom?limit=1001", 400, "limit");
        Get("JSON for the Atom feed", "/v1/actions.atom", 406, "application/atom+xml", ("Accept", "application/json"));
        Get("feed instrument malformed", "/v1/actions?instrument=a.b", 400, "instrument");
        Get("feed state malformed", "/v1/actions?state=ZZZZ", 400, "state");
        Get("feed format unknown", "/v1/actions?format=xml", 400, "format");
        Get("matrix format unknown", "/v1/status?format=pdf", 400, "format");
        Get("timeline format in capitals", "/v1/instruments/cedaw/timeline?format=CSV", 400, "format");

        // Other parameters out of their range.
        Get("participants status unknown", "/v1/instruments/cedaw/participants?status=parti", 400, "status");
        Get("participants region two digits", "/v1/instruments/cedaw/participants?region=15", 400, "region");
        Get("gaps groupBy unknown", "/v1/instruments/cedaw/gaps?groupBy=continent", 400, "groupBy");
        Get("gaps region a word", "/v1/instruments/cedaw/gaps?region=europe", 400, "region");
        Get("progress region letters", "/v1/instruments/cedaw/progress?region=abc", 400, "region");
        Get("states unMember yes", "/v1/states?unMember=yes", 400, "unMember");
        Get("matrix unMember one", "/v1/status?unMember=1", 400, "unMember");
        Get("states lang de", "/v1/states?lang=de", 400, "lang");
        Get("chart lang unknown", "/v1/instruments/cedaw/timeline.svg?lang=xx", 400, "lang");
        Get("resolution lang unknown", "/v1/resolutions/A-RES-63-194?lang=la", 400, "lang");
        Get("state widget theme", "/widgets/states/FRA?theme=blue", 400, "theme");
        Get("state widget empty instrument in list", "/widgets/states/FRA?instruments=cedaw,,untoc", 400, "instruments");
        Get("state widget compact yes", "/widgets/states/FRA?compact=yes", 400, "compact");
        Get("instrument widget compact", "/widgets/instruments/cedaw?compact=1", 400, "compact");
        Get("badge theme", "/badges/cedaw/FRA.svg?theme=neon", 400, "theme");
        Get("embed compact maybe", "/embed?compact=maybe", 400, "compact");
        Get("embed theme", "/embed?theme=sepia", 400, "theme");

        // Repeated parameters: a problem that names each.
        Get("repeated lang", "/v1/states/FRA?lang=en&lang=fr", 400, "lang");
        Get("repeated lang in two cases", "/v1/instruments?lang=en&LANG=fr", 400, "lang");
        Get("repeated limit", "/v1/actions?limit=1&limit=2", 400, "limit");
        Get("repeated widget instruments", "/widgets/states/FRA?instruments=cedaw&instruments=untoc", 400, "instruments");
        Get("repeated identical region", "/v1/status?region=150&region=150", 400, "region");
        Get("repeated badge lang", "/badges/cedaw/FRA.svg?lang=en&lang=en", 400, "lang");
        Get("repeated asOf and lang", "/v1/states/FRA/gaps?asOf=2020-01-01&asOf=2021-01-01&lang=en&lang=fr", 400, "asOf, lang");
        Get("repeated progress from", "/v1/instruments/cedaw/progress?from=2010-01-01&from=2011-01-01", 400, "from");
        Get("repeated embed state", "/embed?state=FRA&state=DEU", 400, "state");

        // 10 KB values.
        Get("10 KB lang", $"/v1/states/FRA?lang={TenKb}", 400, "lang");
        Get("10 KB cursor", $"/v1/actions?cursor={TenKb}", 400, "cursor");
        Get("10 KB state code", $"/v1/states/{TenKb}", 400, "code");
        Get("10 KB instrument id", $"/v1/instruments/{TenKb}", 400, "id");
        Get("10 KB widget instruments", $"/widgets/states/FRA?instruments={TenKb}", 400, "instruments");
        Get("10 KB asOf", $"/v1/status?asOf={TenKb}", 400, "asOf");

        // Percent-encoded nonsense and invalid UTF-8.
        Get("state invalid UTF-8", "/v1/states/%C3%28", 400, "code");
        Get("state lone FF byte", "/v1/states/%FF", 400, "code");
        Get("state emoji", "/v1/states/%F0%9F%92%A9", 400, "code");
        Get("state bad percent escape", "/v1/states/%G1", 400, "code");
        Get("state lone percent", "/v1/states/%", 400, "code");
        Get("lang invalid UTF-8", "/v1/instruments?lang=%C3%28", 400, "lang");
        Get("lang FF FE", "/v1/instruments?lang=%FF%FE", 400, "lang");
        Get("lang right-to-left override", "/v1/instruments?lang=%E2%80%AEne", 400, "lang");
        Get("region emoji", "/v1/states?region=%F0%9F%92%A9", 400, "region");
        Get("since overlong encoding", "/v1/actions?since=%C0%AE%C0%AE", 400, "since");
        Get("lang with a raw control byte", "/v1/states/FRA?lang=e\u0001n", 400, "lang");
        Get("asOf with an encoded NUL", "/v1/states/FRA?asOf=2020-01-01%00", 400, "asOf");

        // SQL, HTML and script injection.
        Get("SQL in region", $"/v1/states?region={DropTable}", 400, "region");
        Get("SQL in state code", "/v1/states/FRA'%20OR%201=1--", 400, "code");
        Get("SQL in instrument id", $"/v1/instruments/cedaw{DropTable}", 400, "id");
        Get("SQL in feed state", "/v1/actions?state=FR'--", 400, "state");
        Get("SQL in feed kind", "/v1/actions?kind=signature'%20OR%20'1'='1", 400, "kind");
        Get("script in lang", $"/v1/instruments?lang={Script}", 400, "lang");
        Get("script in state widget code", "/widgets/states/%3Cscript%3E", 400, "code");
        Get("script in embed instrument", $"/embed?instrument={Script}", 400, "instrument");
        Get("img onerror in embed state", $"/embed?state={ImgOnError}", 400, "state");
        Get("img onerror in widget theme", $"/widgets/instruments/cedaw?theme={ImgOnError}", 400, "theme");
        Get("script in widget instruments", $"/widgets/states/FRA?instruments={Script}", 400, "instruments");
        Get("script in badge lang", $"/badges/cedaw/FRA.svg?lang={Script}", 400, "lang");
        Get("img onerror in cursor", $"/v1/actions?cursor={ImgOnError}", 400, "cursor");

        // Path traversal.
        Get("traversal in state code", "/v1/states/..%2F..%2Fetc%2Fpasswd", 400, "code");
        Get("traversal in instrument id", "/v1/instruments/%2e%2e%2f", 400, "id");
        Get("traversal deep in instrument id", "/v1/instruments/..%2F..%2F..%2Fetc%2Fpasswd", 400, "id");
        Get("traversal in badge", "/badges/..%2F..%2Fetc/passwd.svg", 400, "id");
        Get("traversal at the root", "/%2e%2e/%2e%2e/etc/passwd", 404, "Not Found");
        Get("traversal to the data folder", "/v1/../data/actions.csv", 404, "Not Found");

        // Unsupported methods: 405, Allow, a problem naming the method.
        Send("POST a State", "POST", "/v1/states/FRA", 405, "POST");
        Send("PUT an instrument", "PUT", "/v1/instruments/cedaw", 405, "PUT");
        Send("DELETE the instruments", "DELETE", "/v1/instruments", 405, "DELETE");
        Send("PATCH the feed", "PATCH", "/v1/actions", 405, "PATCH");
        Send("POST liveness", "POST", "/health/live", 405, "POST");
        Send("DELETE readiness", "DELETE", "/health/ready", 405, "DELETE");
        Send("PUT a State widget", "PUT", "/widgets/states/FRA", 405, "PUT");
        Send("POST a badge", "POST", "/badges/cedaw/FRA.svg", 405, "POST");
        Send("POST the embed page", "POST", "/embed", 405, "POST");
        Send("POST the OpenAPI document", "POST", "/openapi/v1.json", 405, "POST");
        Send("DELETE Swagger UI", "DELETE", "/swagger/index.html", 405, "DELETE");
        Send("TRACE the matrix", "TRACE", "/v1/status", 405, "TRACE");
        Send("a made-up method", "BREW", "/v1/resolutions/A-RES-63-194", 405, "BREW");
        Send("POST where nothing is", "POST", "/v1/nothing", 404, "Not Found");

        // Unsupported Accept: 406 naming what the resource has.
        Get("XML for an instrument", "/v1/instruments/cedaw", 406, "application/json", ("Accept", "application/xml"));
        Get("PNG for the matrix", "/v1/status", 406, "text/csv", ("Accept", "image/png"));
        Get("JSON for a State widget", "/widgets/states/FRA", 406, "text/html", ("Accept", "application/json"));
        Get("HTML for a badge", "/badges/cedaw/FRA.svg", 406, "image/svg+xml", ("Accept", "text/html"));
        Get("JSON for the chart", "/v1/instruments/cedaw/timeline.svg", 406, "image/svg+xml", ("Accept", "application/json"));
        Get("CSV for liveness", "/health/live", 406, "application/json", ("Accept", "text/csv"));
        Get("Accept that refuses JSON", "/v1/states", 406, "application/json", ("Accept", "application/json;q=0"));
        Get("XML for the downloads", "/v1/downloads", 406, "application/json", ("Accept", "application/xml"));
        Get("JSON for the database", "/v1/downloads/ratification.sqlite", 406, "application/vnd.sqlite3", ("Accept", "application/json"));

        // The database download: ranges it cannot serve, methods that would change it, paths beside it.
        Get("database range beyond its end", "/v1/downloads/ratification.sqlite", 416, "Range", ("Range", "bytes=1099511627776-"));
        Send("PUT the database", "PUT", "/v1/downloads/ratification.sqlite", 405, "PUT");
        Send("DELETE the downloads", "DELETE", "/v1/downloads", 405, "DELETE");
        Get("traversal beside the database", "/v1/downloads/..%2F..%2Fetc%2Fpasswd", 404, "Not Found");
        Get("another file of the database folder", "/v1/downloads/ratification.sqlite-journal", 404, "Not Found");
        Get("JSON for the dataset", "/v1/downloads/ratification-data.zip", 406, "application/zip", ("Accept", "application/json"));
        Get("dataset range beyond its end", "/v1/downloads/ratification-data.zip", 416, "Range", ("Range", "bytes=1099511627776-"));
        Send("PUT the dataset", "PUT", "/v1/downloads/ratification-data.zip", 405, "PUT");

        // Content on a GET.
        cases.Add(new CatalogueCase("GET with a body", new RawRequest("GET", "/v1/states/FRA", Body: "{\"drop\":\"actions\"}"), 413, "GET"));

        // HEAD, OPTIONS and CORS preflight: the answers HTTP defines, with no body where none belongs.
        Send("HEAD a State", "HEAD", "/v1/states/FRA", 200, null);
        Send("HEAD an unknown State", "HEAD", "/v1/states/XYZ", 404, null);
        Send("HEAD a badge", "HEAD", "/badges/cedaw/FRA.svg", 200, null);
        Send("HEAD the database", "HEAD", "/v1/downloads/ratification.sqlite", 200, null);
        Send("HEAD the OpenAPI document", "HEAD", "/openapi/v1.json", 200, null);
        Send("HEAD readiness", "HEAD", "/health/ready", 200, null);
        Send("OPTIONS a State", "OPTIONS", "/v1/states/FRA", 204, null);
        Send("OPTIONS the OpenAPI document", "OPTIONS", "/openapi/v1.json", 204, null);
        Send("OPTIONS a widget", "OPTIONS", "/widgets/states/FRA", 204, null);
        Send("OPTIONS where nothing is", "OPTIONS", "/v1/nothing", 404, "Not Found");
        Send("preflight the instruments", "OPTIONS", "/v1/instruments", 204, null, ("Origin", "https://ngo.example"), ("Access-Control-Request-Method", "GET"));
        Send("preflight a badge", "OPTIONS", "/badges/cedaw/FRA.svg", 204, null, ("Origin", "https://ngo.example"), ("Access-Control-Request-Method", "GET"));

        // Unknown paths, and parameters nobody reads (ignored, also when repeated).
        Get("unknown path", "/v1/nothing", 404, "Not Found");
        Get("extra segment", "/v1/states/FRA/extra", 404, "Not Found");
        Get("root", "/", 404, "Not Found");
        Get("unknown parameter with script", $"/health/live?x={Script}", 200, null);
        Get("unknown parameter repeated", "/v1/instruments/cedaw?utm=1&utm=2", 200, null);
        Get("OpenAPI document with repeated parameter", "/openapi/v1.json?x=1&x=2", 200, null);
        Get("Swagger UI", "/swagger/index.html", 200, null);
        Get("Swagger UI root", "/swagger", 301, null);
        return cases;
    }
}
