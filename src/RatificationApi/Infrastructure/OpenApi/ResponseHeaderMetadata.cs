namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>A header an endpoint's response carries, for the OpenAPI document (<see cref="ResponsesFilter"/> writes it there).</summary>
/// <param name="StatusCode">The response it comes with.</param>
/// <param name="Name">The header's name.</param>
/// <param name="Description">What it says.</param>
public sealed record ResponseHeaderMetadata(int StatusCode, string Name, string Description);
