using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>POST /api/alerts/{id}/acknowledge: the body is optional.</summary>
internal sealed record AcknowledgeAlertRequest(
    [property: Description("Why, or what is being done about it (at most 500 characters).")] string? Note = null);
