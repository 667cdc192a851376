using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi.Models;

namespace EvDashboard.Api;

/// <summary>Describes the X-Api-Key scheme in the OpenAPI document and requires it on every /api operation.</summary>
internal sealed class ApiKeySecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "EvDashboard management API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "One of the keys configured under Api:Keys.",
        };

        var requirement = new OpenApiSecurityRequirement
        {
            [new OpenApiSecurityScheme
            {
                Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = ApiKeyAuthenticationHandler.SchemeName },
            }] = [],
        };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
