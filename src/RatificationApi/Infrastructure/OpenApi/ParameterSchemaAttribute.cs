using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// A constraint a feature's validator enforces on one of its own parameters, which the feature writes on the property of
/// its request record so that the document shows it too (<see cref="ParameterConstraintsFilter"/> applies it). The
/// parameters every feature shares (lang, dates, codes, ids, region) are described by the filter itself.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public abstract class ParameterSchemaAttribute : Attribute
{
    internal abstract void Apply(OpenApiSchema schema);

    /// <summary>Writes the constraint; one that names a shared schema replaces the parameter's schema with a reference to it.</summary>
    internal virtual void Apply(OpenApiParameter parameter, OpenApiSchema schema, ParameterFilterContext context) => Apply(schema);

    internal static void Enum(OpenApiSchema schema, IEnumerable<string> values) =>
        schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    /// <summary>
    /// Points the parameter at the string enum <paramref name="name"/> in the components, defining it there the first
    /// time: a vocabulary several operations take is one type in a generated client, not one per operation
    /// (NSwag's Theme2 … Theme7).
    /// </summary>
    internal static void Shared(OpenApiParameter parameter, SchemaRepository repository, string name, string description, IEnumerable<string> values)
    {
        Define(repository, name, description, values);
        parameter.Schema = new OpenApiSchemaReference(name, null, null);
    }

    internal const string LanguageSchema = "Language";

    /// <summary>Defines the shared <c>Language</c> schema, which the <c>lang</c> parameter and the language-valued properties use.</summary>
    internal static void EnsureLanguage(SchemaRepository repository) =>
        Define(repository, LanguageSchema, "One of the six official languages of the United Nations (ISO 639-1).", Data.Languages.All);

    private static void Define(SchemaRepository repository, string name, string description, IEnumerable<string> values)
    {
        if (!repository.Schemas.ContainsKey(name))
        {
            var shared = new OpenApiSchema { Type = JsonSchemaType.String, Description = description };
            Enum(shared, values);
            repository.AddDefinition(name, shared);
        }
    }
}

/// <summary>The set of values a parameter allows, named by a type so that an attribute can carry it.</summary>
public interface IParameterValues
{
    static abstract IEnumerable<string> Values { get; }

    /// <summary>The name of the shared schema these values are, when several parameters take them; null for an inline enum.</summary>
    static virtual string? SchemaName => null;

    /// <summary>What the shared schema's values mean.</summary>
    static virtual string? SchemaDescription => null;
}

/// <summary>The parameter takes one of <typeparamref name="TValues"/>'s values.</summary>
public sealed class SchemaValuesAttribute<TValues> : ParameterSchemaAttribute
    where TValues : IParameterValues
{
    internal override void Apply(OpenApiSchema schema) => Enum(schema, TValues.Values);

    internal override void Apply(OpenApiParameter parameter, OpenApiSchema schema, ParameterFilterContext context)
    {
        if (TValues.SchemaName is { } name)
        {
            Shared(parameter, context.SchemaRepository, name, TValues.SchemaDescription ?? string.Empty, TValues.Values);
        }
        else
        {
            Apply(schema);
        }
    }
}

/// <summary>
/// The parameter takes a value of the Domain's <typeparamref name="TEnum"/>, by its wire name: the parameter refers to
/// the same schema the responses use, so a client filters with the type it reads.
/// </summary>
public sealed class SchemaEnumAttribute<TEnum> : ParameterSchemaAttribute
    where TEnum : struct, System.Enum
{
    internal override void Apply(OpenApiSchema schema) => Enum(schema, Domain.WireName.All<TEnum>());

    internal override void Apply(OpenApiParameter parameter, OpenApiSchema schema, ParameterFilterContext context) =>
        parameter.Schema = context.SchemaGenerator.GenerateSchema(typeof(TEnum), context.SchemaRepository);
}

/// <summary>The parameter matches <paramref name="pattern"/>, and is at most <see cref="MaxLength"/> long when that is set.</summary>
public sealed class SchemaPatternAttribute(string pattern) : ParameterSchemaAttribute
{
    public string Pattern { get; } = pattern;

    public int MaxLength { get; init; }

    internal override void Apply(OpenApiSchema schema)
    {
        schema.Pattern = Pattern;
        if (MaxLength > 0)
        {
            schema.MaxLength = MaxLength;
        }
    }
}

/// <summary>The parameter is an opaque text of at most <paramref name="maxLength"/> characters, with <see cref="Example"/> when that is set.</summary>
public sealed class SchemaMaxLengthAttribute(int maxLength) : ParameterSchemaAttribute
{
    public int MaxLength { get; } = maxLength;

    public string? Example { get; init; }

    internal override void Apply(OpenApiSchema schema)
    {
        schema.MaxLength = MaxLength;
        if (Example is not null)
        {
            schema.Examples = [JsonValue.Create(Example)];
        }
    }
}

/// <summary>The parameter is a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, <paramref name="byDefault"/> when absent.</summary>
public sealed class SchemaIntegerAttribute(int minimum, int maximum, int byDefault) : ParameterSchemaAttribute
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public int ByDefault { get; } = byDefault;

    internal override void Apply(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Integer;
        schema.Format = "int32";
        schema.Minimum = Minimum.ToString(CultureInfo.InvariantCulture);
        schema.Maximum = Maximum.ToString(CultureInfo.InvariantCulture);
        schema.Default = ByDefault;
    }
}
