using System.Collections.Immutable;
using System.Composition;
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
    /// MP0009: replace a blocking wait with its await form: <c>p.Join()</c> becomes <c>await p.JoinAsync()</c>,
    /// <c>p.Result.Result</c> becomes <c>await p.Result</c>, <c>p.Completion.Wait()</c> becomes <c>await p.Completion</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitFormCodeFix)), Shared]
    public sealed class AwaitFormCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BlockingWaitInAsyncId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(BlockingWaitAnalyzer.AsyncMethodProperty, out string? asyncMethod);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        asyncMethod is null ? "Await the task" : "Await " + asyncMethod,
                        token => AwaitAsync(context.Document, diagnostic.Location.SourceSpan, asyncMethod, token),
                        nameof(AwaitFormCodeFix)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> AwaitAsync(Document document, TextSpan span, string? asyncMethod, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax wait
                || AwaitForm(wait, asyncMethod) is not { } awaited)
            {
                return document;
            }

            // await binds looser than member access: (await p.JoinAsync(t)).ToString()
            ExpressionSyntax replacement = wait.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax
                ? SyntaxFactory.ParenthesizedExpression(awaited)
                : awaited;
            return document.WithSyntaxRoot(root.ReplaceNode(wait, replacement.WithTriviaFrom(wait)));
        }

        private static AwaitExpressionSyntax? AwaitForm(ExpressionSyntax wait, string? asyncMethod)
        {
            ExpressionSyntax? awaited = (wait, asyncMethod) switch
            {
                // p.Result.Result: await p.Result
                (MemberAccessExpressionSyntax result, null) => result.Expression,

                // p.Completion.Wait(): await p.Completion
                (InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call }, null) => call.Expression,

                // p.Join(t): await p.JoinAsync(t); Join(t) inside a subclass: await JoinAsync(t)
                (InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } invocation, { } name) =>
                    invocation.WithExpression(call.WithName(SyntaxFactory.IdentifierName(name).WithTriviaFrom(call.Name))),
                (InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } invocation, { } name) =>
                    invocation.WithExpression(SyntaxFactory.IdentifierName(name).WithTriviaFrom(identifier)),
                _ => null,
            };

            return awaited is null
                ? null
                : SyntaxFactory.AwaitExpression(
                    SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    awaited.WithoutTrivia());
        }
    }
}
