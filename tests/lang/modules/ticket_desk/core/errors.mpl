# Core.Errors: the error types of the desk, the From conversions that let `?` lift ValidationError and String store errors into DeskError, and an explicit lift()
import Util.Render

pub type ValidationError do
  TooShort(String, Int)
  TooLong(String, Int)
  Blank(String)
  BadFormat(String, String)
end deriving(Eq)

pub type DeskError do
  NotFound(String)
  Invalid(String)
  Denied(String)
  Conflict(String)
  Upstream(String)
end deriving(Eq)

impl From<ValidationError> for DeskError do
  fn from(e :: ValidationError) -> DeskError = Invalid(validation_text(e))
end

impl From<String> for DeskError do
  fn from(msg :: String) -> DeskError = classify_message(msg)
end

impl Renderable for DeskError do
  fn render(self) -> String = error_text(self)
  fn label(self) -> String = error_kind(self)
end

pub fn validation_text(e :: ValidationError) -> String do
  case e do
    TooShort(field, min) -> field <> " must have at least ${min} characters"
    TooLong(field, max) -> field <> " must have at most ${max} characters"
    Blank(field) -> field <> " must not be blank"
    BadFormat(field, why) -> field <> " " <> why
  end
end

pub fn error_text(e :: DeskError) -> String do
  case e do
    NotFound(what) -> what <> " not found"
    Invalid(why) -> "invalid: " <> why
    Denied(why) -> "denied: " <> why
    Conflict(why) -> "conflict: " <> why
    Upstream(why) -> "upstream: " <> why
  end
end

pub fn error_kind(e :: DeskError) -> String do
  case e do
    NotFound(_) -> "404"
    Invalid(_) -> "422"
    Denied(_) -> "403"
    Conflict(_) -> "409"
    Upstream(_) -> "502"
  end
end

pub fn lift<T>(r :: T!String) -> T!DeskError do
  case r do
    Ok(v) -> Ok(v)
    Err(msg) -> Err(classify_message(msg))
  end
end

fn classify_message(msg :: String) -> DeskError do
  if String.ends_with(msg, " not found") do
    NotFound(String.replace(msg, " not found", ""))
  else if String.starts_with(msg, "duplicate") do
    Conflict(msg)
  else
    Upstream(msg)
  end
end

pub fn require(check :: Bool, err :: DeskError) -> ()!DeskError do
  if check do Ok(()) else Err(err) end
end

pub fn found<T>(o :: Option<T>, what :: String) -> T!DeskError do
  case o do
    Some(v) -> Ok(v)
    None -> Err(NotFound(what))
  end
end
