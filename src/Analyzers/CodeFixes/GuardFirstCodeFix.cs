using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Multiprocessing.Analyzers;

namespace Multiprocessing.CodeFixes
{
    /// <summary>
    /// MP0006 and MP0007: make <c>ProcessGuard.Enter()</c> the first statement of the entry point, moving the existing
    /// call there (the analyzers pass its location along) or inserting one.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardFirstCodeFix)), Shared]
    public sealed class GuardFirstCodeFix : CodeFixProvider
    {
        private const string GuardType = "Multiprocessing.ProcessGuard";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingGuardId, DiagnosticDescriptors.SideEffectBeforeGuardId);

        // One entry point per program: fixing one diagnostic fixes them all.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (EntryStatements(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)).IsEmpty)
                {
                    continue;
                }

                var guardSpan = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0].SourceSpan : (TextSpan?)null;
                string title = guardSpan is null ? "Call ProcessGuard.Enter() first" : "Move ProcessGuard.Enter() to the top of the entry point";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        token => PutGuardFirstAsync(context.Document, diagnostic.Location.SourceSpan, guardSpan, token),
                        nameof(GuardFirstCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>The statements of the entry point around <paramref name="node"/>: the top-level statements, or Main's block.</summary>
        private static ImmutableArray<StatementSyntax> EntryStatements(SyntaxNode node)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                        return unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToImmutableArray();
                    case BaseMethodDeclarationSyntax { Body: { } body }:
                        return body.Statements.ToImmutableArray();
                    case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                        return ImmutableArray<StatementSyntax>.Empty;
                }
            }

            return ImmutableArray<StatementSyntax>.Empty;
        }

        private static async Task<Document> PutGuardFirstAsync(Document document, TextSpan diagnosticSpan, TextSpan? guardSpan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var statements = root is null ? ImmutableArray<StatementSyntax>.Empty : EntryStatements(root.FindNode(diagnosticSpan, getInnermostNodeForTie: true));
            if (root is null || model is null || statements.IsEmpty)
            {
                return document;
            }

            var first = statements[0];
            var existing = guardSpan is { } span ? statements.FirstOrDefault(statement => statement.Span == span) : null;
            if (existing == first)
            {
                return document;
            }

            var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                endOfLine = SyntaxFactory.EndOfLine("\n");
            }

            // Blank lines before the first statement go above the guard; its comments stay with it, at its indentation.
            var leading = first.GetLeadingTrivia();
            int split = 0;
            while (split < leading.Count && (leading[split].IsKind(SyntaxKind.WhitespaceTrivia) || leading[split].IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                split++;
            }

            var above = leading.Take(split).ToArray();
            var indentation = above.Length > 0 && above[above.Length - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? new[] { above[above.Length - 1] } : new SyntaxTrivia[0];
            var guard = existing ?? SyntaxFactory.ParseStatement(GuardCall(model, first.SpanStart) + ";");
            var trailing = guard.GetTrailingTrivia();
            var newGuard = guard
                .WithLeadingTrivia(above)
                .WithTrailingTrivia(trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? trailing : trailing.Add(endOfLine));
            var newFirst = first.WithLeadingTrivia(indentation.Concat(leading.Skip(split)));

            var firstContainer = Container(first);
            var tracked = root.TrackNodes(existing is null ? new[] { firstContainer } : new[] { firstContainer, Container(existing) });
            if (existing is not null)
            {
                tracked = tracked.RemoveNode(tracked.GetCurrentNode(Container(existing))!, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            var current = tracked.GetCurrentNode(firstContainer)!;
            tracked = tracked.ReplaceNode(current, new[] { Wrap(newGuard, current), Wrap(newFirst, current) });
            return document.WithSyntaxRoot(tracked);
        }

        // A top-level statement is a member of the compilation unit, wrapped in a GlobalStatementSyntax.
        private static SyntaxNode Container(StatementSyntax statement) => statement.Parent as GlobalStatementSyntax ?? (SyntaxNode)statement;

        private static SyntaxNode Wrap(StatementSyntax statement, SyntaxNode like) =>
            like is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(statement) : statement;

        // ProcessGuard.Enter() where a using brings Multiprocessing in, else the qualified name.
        private static string GuardCall(SemanticModel model, int position)
        {
            var name = SyntaxFactory.ParseExpression("ProcessGuard");
            var bound = model.GetSpeculativeSymbolInfo(position, name, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            return (bound is INamedTypeSymbol type && type.ToDisplayString() == GuardType ? "ProcessGuard" : GuardType) + ".Enter()";
        }
    }
}
