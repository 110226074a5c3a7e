import { PEFT_TEMPLATES } from "./templates";
import { checkTopicBank } from "@/lib/topics/topic-bank-checks";

checkTopicBank(PEFT_TEMPLATES, "peft", "peft");
