namespace RatificationApi.Infrastructure;

/// <summary>
/// JSON answers say <c>application/json</c>, with no charset: RFC 8259 (section 11) defines no charset parameter for it
/// (JSON is UTF-8; "adding one really has no effect on compliant recipients"), as RFC 9457 defines none for
/// <c>application/problem+json</c>, which the problems already send bare. ASP.NET Core's JSON results add
/// <c>; charset=utf-8</c>, so the Content-Type differed from the OpenAPI document's media type by a parameter that
/// means nothing, and a contract test that compares the two as strings (Dredd) failed on every JSON answer. The text
/// types keep their charset, which means something there, and the document names it.
/// </summary>
public static class JsonMediaType
{
    private const string WithCharset = "application/json; charset=utf-8";

    public static IApplicationBuilder UseBareJsonMediaType(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // At the start of the response, after the representation cache or the endpoint has set its Content-Type.
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (string.Equals(response.ContentType, WithCharset, StringComparison.OrdinalIgnoreCase))
            {
                response.ContentType = "application/json";
            }

            return Task.CompletedTask;
        }, context.Response);
        await next(context);
    });
}
