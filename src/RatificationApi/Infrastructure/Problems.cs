namespace RatificationApi.Infrastructure;

/// <summary>The problem responses the API gives, in one place so that they read alike.</summary>
public static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}
