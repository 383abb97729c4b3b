using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Rejects a query parameter the endpoint reads that is given more than once (<c>?lang=en&amp;lang=fr</c>),
/// with a 400 problem that names it. String binding would otherwise join the values with a comma: a
/// repeated <c>lang</c> got a 400 that quoted 'en,fr', and a repeated <c>instruments</c> on the State
/// widget was silently read as a list. Parameters the endpoint does not read stay ignored, repeated or not.
/// </summary>
public static class SingleQueryValues
{
    private static readonly ConcurrentDictionary<Endpoint, string[]> QueryNames = new();

    public static IApplicationBuilder UseSingleQueryValues(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var query = context.Request.Query;
        if (query.Count == 0 || context.GetEndpoint() is not { } endpoint)
        {
            await next(context);
            return;
        }

        // The query collection is case-insensitive, as binding is: ?lang=en&LANG=fr repeats lang too.
        var names = QueryNames.GetOrAdd(endpoint, Read);
        if (!AnyRepeated(query, names))
        {
            await next(context);
            return;
        }

        var repeated = names
            .Where(name => IsRepeated(query, name))
            .ToDictionary(name => name, name => new[] { $"'{name}' was given {query[name].Count} times; give it once." }, StringComparer.Ordinal);

        await TypedResults.ValidationProblem(
            repeated,
            detail: string.Join(" ", repeated.Values.SelectMany(v => v)),
            title: $"Repeated parameter{(repeated.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", repeated.Keys)}").ExecuteAsync(context);
    });

    // Every request with a query asks this, and almost none repeats a parameter: a loop that allocates nothing.
    private static bool AnyRepeated(IQueryCollection query, string[] names)
    {
        foreach (var name in names)
        {
            if (IsRepeated(query, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeated(IQueryCollection query, string name) => query.TryGetValue(name, out var values) && values.Count > 1;

    /// <summary>The query names an endpoint binds: its [FromQuery] parameters and the [FromQuery] properties of its [AsParameters] records.</summary>
    private static string[] Read(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return [];
        }

        return [.. method.GetParameters()
            .SelectMany(parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is not null
                ? parameter.ParameterType.GetProperties().Select(p => (p.Name, Query: p.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault()))
                : [(parameter.Name ?? string.Empty, parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault())])
            .Where(p => p.Query is not null)
            .Select(p => p.Query!.Name ?? p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
