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
            if (method is not null && Validators(method, endpoint.ApplicationServices).Count > 0)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
        });

        builder.AddEndpointFilterFactory((context, next) =>
        {
            var validators = Validators(context.MethodInfo, context.ApplicationServices);
            if (validators.Count == 0)
            {
                return next;
            }

            // Synchronous: every rule here is (FluentValidation would throw on an async one, and the endpoint tests
            // call every endpoint). The async path cost each request two state machines and a task for nothing.
            return invocation =>
            {
                foreach (var (index, validate) in validators)
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

    private static List<(int Index, Func<object, ValidationResult> Validate)> Validators(MethodInfo method, IServiceProvider services) =>
        [.. method.GetParameters()
            .Select((parameter, index) => (index, type: parameter.ParameterType, validator: services.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType))))
            .Where(p => p.validator is not null)
            .Select(p => (p.index, TypedValidation(p.type, p.validator!)))];

    // Through the validator's own type: given a context of another type (ValidationContext<object>), FluentValidation
    // first copies it into one of its own, which was a third of the validation's allocations per request.
    private static Func<object, ValidationResult> TypedValidation(Type type, object validator) =>
        typeof(ValidationFilter).GetMethod(nameof(Validate), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .CreateDelegate<Func<object, ValidationResult>>(validator);

    private static ValidationResult Validate<T>(IValidator<T> validator, object argument) => validator.Validate((T)argument);
}
