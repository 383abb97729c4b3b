using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

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

    internal static void Enum(OpenApiSchema schema, IEnumerable<string> values) =>
        schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}

/// <summary>The set of values a parameter allows, named by a type so that an attribute can carry it.</summary>
public interface IParameterValues
{
    static abstract IEnumerable<string> Values { get; }
}

/// <summary>The parameter takes one of <typeparamref name="TValues"/>'s values.</summary>
public sealed class SchemaValuesAttribute<TValues> : ParameterSchemaAttribute
    where TValues : IParameterValues
{
    internal override void Apply(OpenApiSchema schema) => Enum(schema, TValues.Values);
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
