namespace EvDashboard.Core.Healing.Playbooks;

internal enum PlaybookStepKind
{
    /// <summary>Send the commands, count a step.</summary>
    Act,

    /// <summary>Do nothing yet; say why and when the next look is.</summary>
    Wait,

    /// <summary>End the run with <see cref="PlaybookDecision.EndStatus"/>.</summary>
    End,
}
