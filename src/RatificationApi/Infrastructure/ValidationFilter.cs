using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Validates every handler argument that has an <see cref="IValidator{T}"/>, before the handler runs,
/// and answers 400 with a problem that names each bad parameter. Attaches only where such a parameter
/// exists, and documents the 400 response there.
/// </summary>
public static class ValidationFilter
{
    public static TBuilder WithParameterValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            if (method is not null && ValidatedParameters(method, endpoint.ApplicationServices).Count > 0)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
        });

        builder.AddEndpointFilterFactory((context, next) =>
        {
            var validated = ValidatedParameters(context.MethodInfo, context.ApplicationServices);
            if (validated.Count == 0)
            {
                return next;
            }

            // The validators are made on the endpoint's first call, not here: every endpoint is built on the service's
            // first request (the readiness probe), and making a validator compiles an expression per rule.
            var services = context.ApplicationServices;
            var validators = new Lazy<(int Index, Func<object, ValidationResult> Validate)[]>(() =>
                [.. validated.Select(p => (p.Index, TypedValidation(p.Type, services.GetRequiredService(Validator(p.Type)))))]);

            // Synchronous: every rule here is (FluentValidation would throw on an async one, and the endpoint tests
            // call every endpoint). The async path cost each request two state machines and a task for nothing.
            return invocation =>
            {
                foreach (var (index, validate) in validators.Value)
                {
                    if (invocation.Arguments[index] is not { } argument)
                    {
                        continue;
                    }

                    var result = validate(argument);
                    if (!result.IsValid)
                    {
                        var errors = result.ToDictionary();
                        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                            errors,
                            detail: string.Join(" ", errors.SelectMany(e => e.Value)),
                            title: $"Invalid parameter{(errors.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", errors.Keys)}"));
                    }
                }

                return next(invocation);
            };
        });

        return builder;
    }

    private static List<(int Index, Type Type)> ValidatedParameters(MethodInfo method, IServiceProvider services)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        return [.. method.GetParameters()
            .Select((parameter, index) => (index, parameter.ParameterType))
            .Where(p => registered.IsService(Validator(p.ParameterType)))];
    }

    private static Type Validator(Type parameter) => typeof(IValidator<>).MakeGenericType(parameter);

    // Through the validator's own type: given a context of another type (ValidationContext<object>), FluentValidation
    // first copies it into one of its own, which was a third of the validation's allocations per request.
    private static Func<object, ValidationResult> TypedValidation(Type type, object validator) =>
        typeof(ValidationFilter).GetMethod(nameof(Validate), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .CreateDelegate<Func<object, ValidationResult>>(validator);

    private static ValidationResult Validate<T>(IValidator<T> validator, object argument) => validator.Validate((T)argument);
}
