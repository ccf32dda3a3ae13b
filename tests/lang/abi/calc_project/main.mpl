# Multi-module project: Text.Lexer tokens (variants carrying Span structs) feed the Expr parser, whose Node trees and ParseError structs are evaluated by Eval and reported in Main
from Text.Lexer import lex, Token
import Expr
import Eval

fn run(src :: String) -> String do
  case lex(src, 0, []) do
    Err(e) -> "lex error: " <> e
    Ok(tokens) -> case Expr.parse(tokens) do
      Err(pe) -> "parse error: ${pe.message} at ${pe.at}"
      Ok(tree) -> case Eval.eval(tree) do
        Ok(v) -> "${tree} = ${v}"
        Err(e) -> "eval error: " <> e
      end
    end
  end
end

fn main() do
  let srcs = ["1 + 2 * 3", "(1 + 2) * 3", "-4 - -2", "10 / (5 - 5)", "2 * (3 + 4", "7 $ 2", "8 / 3 / 2", "12 )", "3 + * 4", "-(2 * 3) + 100", ""]
  for s in srcs do
    println(run(s))
  end
  case lex("(12)", 0, []) do
    Ok(ts) -> println("${ts}")
    Err(e) -> println(e)
  end
end
