using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Domain.Tests.Cases;

public sealed class CaseLifecycleDiagramTests
{
    [Fact]
    public void LifecycleDiagram_MatchesDocsCaseLifecycle_WhenCodeChanges()
    {
        var document = $"""
            # Case lifecycle

            Generated from `Case.Lifecycle.cs` by `CaseLifecycleDiagramTests`; do not edit by hand.
            Regenerate with `SERVICEBOT_UPDATE_DOCS=1 dotnet test tests/ServiceBot.Domain.Tests --filter CaseLifecycleDiagramTests`.

            Guards are shown in brackets. Internal transitions (notes) leave the state unchanged; they record a timeline
            entry and raise a domain event. `InProgress` is a superstate: its transitions apply in each substate.

            ```mermaid
            {Case.LifecycleDiagram()}```

            """.ReplaceLineEndings("\n");

        var drift = RepositoryFiles.CheckGenerated("docs/case-lifecycle.md", document);

        Assert.True(drift is null, drift);
    }
}
