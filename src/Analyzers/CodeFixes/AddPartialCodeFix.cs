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
    /// MP0005, when the class or a type containing it is not <c>partial</c>: declare them partial, so that the generator
    /// can add the code that carries the state to the child. Other MP0005 causes need a decision and get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
    public sealed class AddPartialCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SubclassNotGeneratedId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.ContainsKey(ProcessSubclassAnalyzer.AddPartialProperty))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Declare the process class partial",
                            token => AddPartialAsync(context.Document, diagnostic.Location.SourceSpan, token),
                            nameof(AddPartialCodeFix)),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> AddPartialAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindToken(span.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return document;
            }

            var types = declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword));
            return document.WithSyntaxRoot(root.ReplaceNodes(types, (_, rewritten) => WithPartial(rewritten)));
        }

        // 'partial' goes last among the modifiers, just before the keyword; with none, it takes the keyword's place in the line.
        private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
        {
            if (type.Modifiers.Count == 0)
            {
                var partial = SyntaxFactory.Token(type.Keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                return type
                    .WithKeyword(type.Keyword.WithLeadingTrivia(SyntaxTriviaList.Empty))
                    .WithModifiers(SyntaxFactory.TokenList(partial));
            }

            return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }
    }
}
