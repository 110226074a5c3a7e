import { ROPE_TEMPLATES } from "./templates";
import { checkTopicBank } from "@/lib/topics/topic-bank-checks";

checkTopicBank(ROPE_TEMPLATES, "rope", "rope");
