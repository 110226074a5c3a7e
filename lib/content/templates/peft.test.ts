import { PEFT_TEMPLATES } from "./peft";
import { checkTopicBank } from "./topic-bank-checks";

checkTopicBank(PEFT_TEMPLATES, "peft", "peft");
