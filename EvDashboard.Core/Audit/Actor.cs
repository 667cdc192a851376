namespace EvDashboard.Core.Audit;

/// <summary>Who did something: an operator (by e-mail), an API key (by name), a display, or the system itself.</summary>
public sealed record Actor(string Name)
{
    public const int MaxLength = 100;

    public static Actor System { get; } = new("system");

    public static Actor ApiKey(string keyName) => new($"api-key:{keyName}");

    public override string ToString() => Name;
}
